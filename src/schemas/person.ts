import { z } from 'astro/zod';
import { describedImage, profileFields, text, withEntryImages, type ReferenceFn } from './shared.ts';

export const personSchema = withEntryImages(
  (reference: ReferenceFn) =>
    z.strictObject({
      name: text().meta({ title: '姓名', examples: ['吴云苹'] }),
      city: reference('cities').meta({ title: '所属城市', examples: ['jilin'] }),
      summary: text().meta({
        title: '简介',
        description: '一两句话的介绍,用于列表和分享;只写有据可查的事实',
        examples: ['高新区柴家村妇联主席……'],
      }),
      honorific: text()
        .optional()
        .meta({ title: '荣誉称号', examples: ['吉林巧姐', '时代楷模'] }),
      role: text().meta({ title: '职务或身份', examples: ['村妇联主席'] }),
      organization: text().meta({ title: '所在单位', examples: ['高新区柴家村妇联'] }),
      brands: z
        .array(reference('brands'))
        .default([])
        .meta({ title: '代表的品牌', examples: ['[jilin-qiaojie]'] }),
      columns: z
        .array(reference('columns'))
        .default([])
        .meta({ title: '介绍过此人的栏目', examples: ['[zuimei-zhiwei]'] }),
      ...profileFields(),
    }),
  (image) => ({
    portrait: describedImage(image)
      .optional()
      .meta({
        title: '照片',
        description: '图片和说明两项都要写;照片放在本文件旁边,竖版 600×750 左右',
        examples: ['{ src: ./wu-yunping.jpg, alt: 吴云苹在村妇女之家 }'],
      }),
  }),
);
