import { z } from 'astro/zod';
import { aliases, allowPersonalData, pageScript, text, withoutImages, type ReferenceFn } from './shared.ts';

export const columnSchema = withoutImages((reference: ReferenceFn) =>
  z.strictObject({
    name: text().meta({ title: '栏目名称', examples: ['最美执委'] }),
    city: reference('cities').meta({ title: '开办城市', examples: ['jilin'] }),
    platform: text().meta({ title: '刊发平台', description: '栏目在哪里刊发', examples: ['微信公众号'] }),
    summary: text().meta({
      title: '简介',
      description: '一两句话,用于列表和分享',
      examples: ['讲述扎根基层的妇联执委的故事'],
    }),
    lang: pageScript(),
    aliases: aliases(),
    allowPersonalData: allowPersonalData(),
  }),
);
