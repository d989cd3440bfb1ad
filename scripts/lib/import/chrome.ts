import { fold } from './text-lines.ts';

/** Page furniture that comes along when a whole page is copied: never part of the story. */
const chromeLines: RegExp[] = [
  // WeChat
  /^(阅读原文|轻触阅读原文|预览时标签不可点|微信扫一扫|微信扫一扫关注该公众号|继续滑动看下一个|向上滑动看下一个|知道了|写留言|留言|分享|收藏|点赞|在看|赞|喜欢此内容的人还喜欢|长按识别二维码|长按二维码关注|点击上方蓝字关注我们?|点击蓝字关注我们?|关注我们|取消|允许|视频|小程序|，|,|。)$/u,
  /^(阅读|赞|在看|点赞|分享|推荐)\s*[\d.万w+]+$/u,
  /^(分享|收藏|点赞|在看)(\s+(分享|收藏|点赞|在看))+$/u,
  // Copyright notices
  /^(版权所有|copyright|©|\(c\))/iu,
  /未经(授权|许可|同意).{0,12}(转载|使用|复制)/u,
  // E-paper navigation, ratings and footers
  /^(首页|上一版|下一版|上一期|下一期|上一篇|下一篇|返回目录|返回首页|返回|往期回顾|版面导航|本版导航|本版标题导航|站内检索|检索|放大|缩小|默认|打印|打印本页|关闭|关闭窗口|收藏本页|分享到|PDF\s*下载|PDF版|标题导航)(\s*[|丨/]\s*.*)?$/iu,
  /(评分|打分|您的评价|请您评价|我要评论|很好.{0,3}较好|[★☆]{2,})/u,
  /^第\s*\d+\s*(版|期)(\s*[::]?\s*\S{0,12})?$/u,
  /^第\s*[一二三四五六七八九十]+\s*版(\s*[::]?\s*\S{0,12})?$/u,
  /^(总第|总)\s*\d+\s*期$/u,
  /^(本期|本版)\s*\d*\s*版?$/u,
  /^(关于我们|联系我们|版权声明|网站地图|广告服务|免责声明|法律声明)/u,
  // A row of short links separated by bars: 首页 | 要闻 | 视频 | 图片
  /^[^。,,!?]{1,10}(\s*[|丨]\s*[^。,,!?]{1,10}){2,}$/u,
];

export function isChrome(line: string): boolean {
  const folded = fold(line);
  return chromeLines.some((pattern) => pattern.test(folded));
}

/** Where a WeChat post's own text ends and the account's recommendations begin. */
export function isWechatEnd(line: string): boolean {
  return /^(最新文章|往期推荐|往期回顾|推荐阅读|相关阅读|精彩推荐|END|—\s*END\s*—|-+\s*END\s*-+)$/iu.test(fold(line));
}
