import { z } from 'astro/zod';
import { profileFields, text, withEntryImages, type ReferenceFn } from './shared.ts';

export const brandSchema = withEntryImages(
  (reference: ReferenceFn) =>
    z.strictObject({
      name: text().meta({ title: '品牌名称', examples: ['吉林四姐'] }),
      city: reference('cities').meta({ title: '主办城市', examples: ['jilin'] }),
      summary: text().meta({
        title: '简介',
        description: '一两句话,用于列表和分享',
        examples: ['吉林市妇联服务妇女就业创业的总品牌……'],
      }),
      category: text().meta({
        title: '工作领域',
        description: '尽量沿用已有写法:技能培训、志愿服务、法律援助、家庭教育、就业创业、婚姻调解',
        examples: ['就业创业'],
      }),
      since: z
        .number()
        .int()
        .min(1949)
        .max(2100)
        .optional()
        .meta({ title: '创立年份', description: '四位数字', examples: ['2021'] }),
      parent: reference('brands')
        .optional()
        .meta({ title: '所属总品牌', description: '子品牌才写,如 吉林大姐 属于 吉林四姐', examples: ['jilin-sijie'] }),
      ...profileFields(),
    }),
  (image) => ({
    logo: image()
      .optional()
      .meta({
        title: '标志图',
        description: '放在本文件旁边;说明文字自动用品牌名称',
        examples: ['./jilin-sijie-logo.png'],
      }),
  }),
);
