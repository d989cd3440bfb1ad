import { describe, expect, it } from 'vitest';
import { parseCreditLine, splitNames } from '../../../scripts/lib/import/credits.ts';
import { bylineCredits } from '../../../scripts/lib/import/newspaper.ts';

describe('parseCreditLine', () => {
  it('reads each role of a WeChat post’s closing lines, with either colon', () => {
    expect(parseCreditLine('供稿:东昌府区妇联')).toEqual([{ role: 'contributor', names: ['东昌府区妇联'] }]);
    expect(parseCreditLine('编辑：王丽')).toEqual([{ role: 'editor', names: ['王丽'] }]);
    expect(parseCreditLine('审核:张华、李明')).toEqual([{ role: 'reviewer', names: ['张华', '李明'] }]);
    expect(parseCreditLine('监制 | 陈静')).toEqual([{ role: 'supervisor', names: ['陈静'] }]);
    expect(parseCreditLine('责任编辑:赵敏')).toEqual([{ role: 'editor', names: ['赵敏'] }]);
  });

  it('reads several roles on one line', () => {
    expect(parseCreditLine('编辑:王丽 审核:张华')).toEqual([
      { role: 'editor', names: ['王丽'] },
      { role: 'reviewer', names: ['张华'] },
    ]);
  });

  it('leaves sentences of the story alone', () => {
    expect(parseCreditLine('文化活动丰富多彩')).toBeUndefined();
    expect(
      parseCreditLine('编辑部的同志们走进社区,和妇女群众面对面交流,听取她们对妇联工作的意见和建议。'),
    ).toBeUndefined();
  });
});

describe('names and bylines', () => {
  it('splits names at 、, commas, slashes and spaces', () => {
    expect(splitNames('张华、李明, 王丽/陈静')).toEqual(['张华', '李明', '王丽', '陈静']);
  });

  it('reads an e-paper byline with several roles', () => {
    expect(bylineCredits('□ 记者 赵明 孙丽')).toEqual([{ role: 'reporter', names: ['赵明', '孙丽'] }]);
    expect(bylineCredits('■本报记者 赵明 通讯员 钱芳')).toEqual([
      { role: 'reporter', names: ['赵明'] },
      { role: 'contributor', names: ['钱芳'] },
    ]);
  });
});
