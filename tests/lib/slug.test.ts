import { describe, expect, it } from 'vitest';
import { nameSlug, pinyinSlug } from '../../src/lib/slug.ts';

const ASCII_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('pinyinSlug', () => {
  it('writes one pinyin group per word', () => {
    expect(pinyinSlug('吉林四姐')).toBe('jilin-sijie');
    expect(pinyinSlug('吉林大姐')).toBe('jilin-dajie');
    expect(pinyinSlug('家庭教育')).toBe('jiating-jiaoyu');
    expect(pinyinSlug('巾帼建功')).toBe('jinguo-jiangong');
  });

  it('keeps runs of characters the dictionary splits apart in one group', () => {
    // ICU splits 巾帼 and 妇联 into single characters; they must not become jin-guo or fu-lian.
    expect(pinyinSlug('巾帼志愿服务队')).toBe('jinguo-zhiyuan-fuwu-dui');
    expect(pinyinSlug('最美执委')).toBe('zuimei-zhiwei');
  });

  it('reads polyphonic characters by the word they are in', () => {
    expect(pinyinSlug('银行')).toBe('yinhang');
    expect(pinyinSlug('行业')).toBe('hangye');
    expect(pinyinSlug('重庆')).toBe('chongqing');
    expect(pinyinSlug('长春')).toBe('changchun');
  });

  it('writes ü as v, so the slug stays ASCII', () => {
    expect(pinyinSlug('妇女儿童')).toBe('funv-ertong');
    expect(pinyinSlug('绿色家庭')).toBe('lvse-jiating');
  });

  it('gives traditional input the same slug as simplified', () => {
    const pairs: [string, string][] = [
      ['吉林四姐', '吉林四姐'],
      ['綠色家庭', '绿色家庭'],
      ['婦女微家', '妇女微家'],
      ['最美執委', '最美执委'],
      ['巾幗志願服務隊', '巾帼志愿服务队'],
      ['聊城市婦聯', '聊城市妇联'],
    ];
    for (const [traditional, simplified] of pairs) {
      expect(pinyinSlug(traditional), traditional).toBe(pinyinSlug(simplified));
    }
    expect(pinyinSlug('綠色家庭')).toBe('lvse-jiating');
  });

  it('keeps Latin letters and digits, lower-cased and without accents', () => {
    expect(pinyinSlug('AI赋能')).toBe('ai-funeng');
    expect(pinyinSlug('Café 巾帼')).toBe('cafe-jinguo');
    expect(pinyinSlug('résumé')).toBe('resume');
    expect(pinyinSlug('2024年三八红旗手')).toMatch(/^2024-nian-/);
  });

  it('drops Chinese and ASCII punctuation', () => {
    expect(pinyinSlug('“巾帼”行动')).toBe('jinguo-xingdong');
    expect(pinyinSlug('巾帼—行动')).toBe('jinguo-xingdong');
    expect(pinyinSlug('巾帼·行动!')).toBe('jinguo-xingdong');
  });

  it('gives an empty slug for text with nothing to spell', () => {
    expect(pinyinSlug('')).toBe('');
    expect(pinyinSlug('   ')).toBe('');
    expect(pinyinSlug('!!!')).toBe('');
    expect(pinyinSlug('😀')).toBe('');
  });

  it('output is always an ASCII slug', () => {
    for (const text of [
      '吉林四姐',
      '綠色家庭',
      'Café 巾帼',
      '“巾帼”行动',
      '妇女儿童',
      '2024年三八红旗手',
      '全角ＡＢＣ１２３',
    ]) {
      expect(pinyinSlug(text), text).toMatch(ASCII_SLUG);
    }
  });

  it('folds full-width letters and digits to ASCII', () => {
    expect(pinyinSlug('ＡＢＣ１２３')).toBe('abc123');
  });

  it('stays within the maximum length, cutting at a word boundary', () => {
    const long = '巾帼建功家庭教育妇女儿童绿色家庭最美执委志愿服务'.repeat(4);
    const slug = pinyinSlug(long);
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(ASCII_SLUG);
    // A word boundary cut leaves whole groups: the slug is a prefix of the full slug up to a dash.
    const full = pinyinSlug(long, 10_000);
    expect(full.startsWith(`${slug}-`)).toBe(true);
  });

  it('honours a custom maximum length', () => {
    expect(pinyinSlug('吉林四姐', 8)).toBe('jilin');
    expect(pinyinSlug('吉林四姐', 11)).toBe('jilin-sijie');
    expect(pinyinSlug('吉林四姐', 10).length).toBeLessThanOrEqual(10);
  });

  it('cuts inside a word when no dash falls in the second half', () => {
    expect(pinyinSlug('巾帼志愿服务队', 4)).toBe('jing');
  });
});

describe('nameSlug', () => {
  it('writes surname-given', () => {
    expect(nameSlug('方淑玲')).toBe('fang-shuling');
    expect(nameSlug('李娜')).toBe('li-na');
    expect(nameSlug('王')).toBe('wang');
  });

  it('reads surnames with their surname pronunciation', () => {
    expect(nameSlug('曾小贤')).toBe('zeng-xiaoxian');
    expect(nameSlug('单雄信')).toBe('shan-xiongxin');
    expect(nameSlug('解缙')).toBe('xie-jin');
    expect(nameSlug('仇英')).toBe('qiu-ying');
    expect(nameSlug('查良镛')).toBe('zha-liangyong');
  });

  it('keeps compound surnames together', () => {
    expect(nameSlug('欧阳娜娜')).toBe('ouyang-nana');
    expect(nameSlug('司马光')).toBe('sima-guang');
    expect(nameSlug('诸葛亮')).toBe('zhuge-liang');
    expect(nameSlug('上官婉儿')).toBe('shangguan-waner');
  });

  it('gives traditional input the same slug as simplified', () => {
    expect(nameSlug('歐陽娜娜')).toBe(nameSlug('欧阳娜娜'));
    expect(nameSlug('諸葛亮')).toBe('zhuge-liang');
    expect(nameSlug('呂紅')).toBe('lv-hong');
  });

  it('ignores spaces used to pad two-character names', () => {
    expect(nameSlug('张 三')).toBe('zhang-san');
    expect(nameSlug('张　三')).toBe('zhang-san');
  });

  it('keeps the word breaks of names written in Latin letters', () => {
    expect(nameSlug('Anna Li')).toBe('anna-li');
    expect(nameSlug('Zoë Wang')).toBe('zoe-wang');
  });

  it('output is always an ASCII slug', () => {
    for (const name of ['方淑玲', '欧阳娜娜', '吕红', '阿依古丽·买买提', 'Zoë Wang', '張　三']) {
      expect(nameSlug(name), name).toMatch(ASCII_SLUG);
    }
  });
});
