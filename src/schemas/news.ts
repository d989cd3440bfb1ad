import { z } from 'astro/zod';
import {
  aliases,
  allowPersonalData,
  describedImage,
  names,
  pageScript,
  shanghaiDate,
  text,
  webUrl,
  withdrawal,
  withEntryImages,
  type ReferenceFn,
} from './shared.ts';

export const sourceKinds = ['wechat', 'newspaper', 'media', 'original'] as const;

export const creditRoles = ['contributor', 'reporter', 'editor', 'reviewer', 'supervisor'] as const;
export type CreditRole = (typeof creditRoles)[number];

const credit = (title: string, description: string) => names().optional().meta({ title, description });

export const newsSchema = withEntryImages(
  (reference: ReferenceFn) =>
    z.strictObject({
      title: text().meta({ title: '标题', examples: ['聊城市妇联在全省会议上交流基层组织建设经验'] }),
      date: shanghaiDate().meta({
        title: '发布日期',
        description: '北京时间;可以只写日子,也可以带时刻',
        examples: ['2024-11-21', '"2024-11-21 18:40"'],
      }),
      updated: shanghaiDate()
        .optional()
        .meta({ title: '更新日期', description: '最近一次实质性修改的日期', examples: ['2024-11-25'] }),
      correction: text()
        .optional()
        .meta({
          title: '更正说明',
          description: '更正了什么;页面上显示为“某月某日更正”,须同时写更新日期',
          examples: ['参会人数原写为 50 人,已更正为 60 人。'],
        }),
      city: reference('cities').meta({ title: '所属城市', examples: ['liaocheng'] }),
      summary: text().meta({
        title: '摘要',
        description: '一两句完整的话,用于列表、搜索结果和分享',
        examples: ['聊城市妇联主席丁洁清介绍聊城经验……'],
      }),
      source: z
        .strictObject({
          name: text().meta({
            title: '来源名称',
            description: '发布单位或媒体名称',
            examples: ['聊城市妇联微信公众号'],
          }),
          url: webUrl()
            .optional()
            .meta({
              title: '原文链接',
              description: '以 https:// 开头的完整网址;原文不在网上就不写',
              examples: ['https://example.cn/news/123'],
            }),
          kind: z.enum(sourceKinds, { error: '只能是 wechat、newspaper、media 或 original' }).meta({
            title: '来源类型',
            optionLabels: { wechat: '微信公众号', newspaper: '报纸', media: '融媒体', original: '本站原创' },
            examples: ['wechat'],
          }),
        })
        .meta({ title: '首发来源', examples: ['{ name: 中国妇女报, kind: newspaper }'] }),
      credits: z
        .strictObject({
          contributor: credit('供稿', '供稿单位或个人'),
          reporter: credit('记者', '记者姓名'),
          editor: credit('编辑', '编辑姓名'),
          reviewer: credit('审核', '审核人姓名:站点要求审核时,新闻必须写'),
          supervisor: credit('监制', '监制人姓名'),
        })
        .default({})
        .meta({ title: '署名', description: '每一项可以写一个名字,也可以写多个' }),
      brands: z
        .array(reference('brands'))
        .default([])
        .meta({ title: '相关品牌', description: '本文涉及的品牌项目', examples: ['[jilin-sijie, jilin-dajie]'] }),
      people: z
        .array(reference('people'))
        .default([])
        .meta({ title: '相关人物', description: '本文提到的人物', examples: ['[wu-yunping]'] }),
      column: reference('columns')
        .optional()
        .meta({ title: '所属栏目', description: '本文所属的栏目', examples: ['zuimei-zhiwei'] }),
      tags: z
        .array(text())
        .default([])
        .meta({
          title: '标签',
          description: '关键词,每个标签自动生成一个页面;尽量沿用已有的标签',
          examples: ['[执委, 妇女微家, 就业创业]'],
        }),
      lang: pageScript(),
      draft: z
        .boolean()
        .default(false)
        .meta({ title: '草稿', description: '打开(true)为草稿:正式网站不显示,预览里能看到' }),
      scheduled: z.boolean().default(false).meta({
        title: '定时发布',
        description: '发布日期写在将来时必须打开(true):到那天之后的构建才会发布',
      }),
      withdrawn: withdrawal().optional(),
      aliases: aliases(),
      allowPersonalData: allowPersonalData(),
    }),
  (image) => ({
    cover: describedImage(image)
      .optional()
      .meta({
        title: '封面图',
        description: '图片和说明两项都要写;图片放在本文旁边',
        examples: ['{ src: ./xxx.jpg, alt: …… }'],
      }),
  }),
);
