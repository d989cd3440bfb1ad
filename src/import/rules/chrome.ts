import { key } from '../text/lines.ts';

/**
 * Page furniture that comes along when a whole page is copied or saved: never
 * a sentence of the story. Each pattern is read against the line's key
 * (simplified, half-width), so one pattern serves both scripts.
 */
const chromeLines: RegExp[] = [
  // WeChat buttons, prompts and counters
  /^(阅读原文|轻触阅读原文|点击阅读原文|预览时标签不可点|微信扫一扫|微信扫一扫关注该公众号|微信扫一扫可打开此内容.*|关注该公众号|扫码关注|扫码关注我们|继续滑动看下一个|向上滑动看下一个|知道了|写留言|留言|分享|收藏|点赞|在看|赞|听过|喜欢此内容的人还喜欢|人划线|长按识别二维码|长按识别二维码关注|长按二维码关注|长按识别关注|点击上方蓝字关注我们?|点击蓝字关注我们?|点击上方.{0,8}关注我们?|关注我们|取消|允许|视频|小程序|轻点两下取消赞|轻点两下取消在看|,|。|在小说阅读器中沉浸阅读|原创|个人观点,仅供参考)$/u,
  /^(阅读|赞|在看|点赞|分享|推荐|收藏|留言)\s*[\d.万w+]+$/u,
  /^(分享|收藏|点赞|在看|留言)(\s*(分享|收藏|点赞|在看|留言))+$/u,
  /^(长按|扫描|扫码|识别).{0,12}(二维码|关注)/u,
  // Copyright notices
  /^(版权所有|copyright|©|\(c\))/iu,
  /未经(授权|许可|同意).{0,12}(转载|使用|复制)/u,
  /^(本文|文章)?(版权归|如有侵权|若有侵权)/u,
  // Website navigation, tools and footers
  /^(当前位置|您的位置|你的位置|您现在的位置|你现在的位置|所在位置)\s*[:]?/u,
  /^(首页|主页|网站首页)\s*[>»›→/]/u,
  /^[^。,!?]{1,12}(\s*[>»›→]\s*[^。,!?]{1,12}){1,}$/u,
  /^[[【]?\s*(字体|字号)\s*[:]?\s*[[【]?\s*大\s*[\]】]?\s*[[【]?\s*中\s*[\]】]?\s*[[【]?\s*小/u,
  /^([[【]\s*(打印|打印本页|关闭|关闭窗口|收藏|返回顶部|纠错|分享|分享到|字体|大|中|小)\s*[\]】]\s*)+$/u,
  /^(分享到|分享至)\s*[::]?/u,
  /^(主办单位|主办|承办单位|承办|技术支持|维护单位|网站标识码|网站地图|联系我们|关于我们|版权声明|免责声明|法律声明|隐私声明|广告服务|网站声明)\s*[::]?/u,
  /(ICP\s*备|ICP\s*证|公网安备|网安备|政府网站找错)/iu,
  // E-paper navigation, ratings and footers
  /^(首页|上一版|下一版|上一期|下一期|上一篇|下一篇|返回目录|返回首页|返回本版|返回|往期回顾|版面导航|本版导航|本版标题导航|站内检索|检索|放大|缩小|默认|打印|打印本页|关闭|关闭窗口|收藏本页|分享到|PDF\s*下载|PDF版|标题导航|返回顶部)(\s*[|丨/]\s*.*)?$/iu,
  /^(上一篇|下一篇)\s*[:].*/u,
  /^(上一篇|下一篇|返回目录|返回本版|返回顶部|返回首页)(\s+(上一篇|下一篇|返回目录|返回本版|返回顶部|返回首页))+$/u,
  /(评分|打分|您的评价|请您评价|我要评论|很好.{0,3}较好|[★☆]{2,})/u,
  /^第\s*[A-Z]?\d+\s*(版|期)(\s*[:]?\s*\S{0,12})?$/u,
  /^第\s*[一二三四五六七八九十]+\s*版(\s*[:]?\s*\S{0,12})?$/u,
  /^(总第|总)\s*\d+\s*期$/u,
  /^(本期|本版)\s*\d*\s*版?$/u,
  // A row of short links separated by bars: 首页 | 要闻 | 视频 | 图片
  /^[^。,!?]{1,10}(\s*[|丨]\s*[^。,!?]{1,10}){2,}$/u,
];

export function isChrome(line: string): boolean {
  const folded = key(line);
  return chromeLines.some((pattern) => pattern.test(folded));
}

/** Where an account's or a site's own text ends and its recommendations begin. */
export function isEnd(line: string): boolean {
  return /^(最新文章|往期推荐|往期回顾|往期精彩|推荐阅读|相关阅读|相关新闻|相关链接|精彩推荐|精彩回顾|延伸阅读|猜你喜欢|更多精彩|END|—+\s*END\s*—+|-+\s*END\s*-+|—+\s*完\s*—+|-+\s*完\s*-+)$/iu.test(
    key(line),
  );
}

/**
 * After the credits, an account signs off with its name, a line about itself
 * and a QR-code prompt: `聊城市妇女联合会官方微信公众号,发布全市妇女儿童工作动态。`
 * Only read after the credits, never in the story.
 */
export function isSignOff(line: string): boolean {
  return /(公众号|官方微信|官微|视频号|抖音号|微博|投稿邮箱|投稿信箱|扫码|二维码|关注我们|欢迎关注|欢迎投稿)/u.test(
    key(line),
  );
}
