import { site } from '../../config/site.ts';
import { controlCharacterAt } from '../../schemas/shared.ts';
import { isAllowedLink, isAllowedSource } from '../../safety/allowlist.ts';
import { htmlFindings, mdxNodeMessages } from '../../safety/policy.ts';
import { bodyNodes, fileLine } from '../markdown.ts';
import type { Problem, RuleContext } from '../model.ts';

/**
 * What a body holds that the allowlist (src/safety/allowlist.ts) removes on
 * publishing, by line: raw HTML read as a browser reads it, HTML and code in
 * MDX read from its syntax tree (never run), and Markdown links and pictures
 * with a scheme other than http(s), mailto or tel. The sanitiser removes all
 * of it whether or not the checker ran; this tells staff what and where.
 */
export function checkHtml({ entries }: RuleContext): Problem[] {
  const options = { embedHosts: site.embedHosts };
  const problems: Problem[] = [];
  for (const entry of entries) {
    const report = (line: number, message: string) => problems.push({ file: entry.file, line, message });
    entry.body.split('\n').forEach((text, index) => {
      const at = controlCharacterAt(text);
      if (at !== undefined)
        report(
          entry.bodyLine + index,
          `正文这一行的第 ${at} 个字符是看不见的控制字符(多半是从别处复制来的):它会让订阅源出错,请删去重新输入`,
        );
    });
    for (const node of bodyNodes(entry)) {
      if (node.type === 'html' && node.value) {
        for (const { line, message } of htmlFindings(node.value, options))
          report(fileLine(entry, node, line - 1), message);
      } else if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
        const url = node.url ?? '';
        if (node.type === 'image' ? !isAllowedSource(url) : !isAllowedLink(url)) {
          report(
            fileLine(entry, node),
            `链接不能是“${url.slice(0, 60)}”这类网址:只能是 https://、http://、mailto:、tel: 或站内路径`,
          );
        }
      } else {
        for (const message of mdxNodeMessages(node, options)) report(fileLine(entry, node), message);
      }
    }
  }
  return problems;
}

/** `javascript:`, also spelled with tabs, line breaks or capitals, or any other scheme a link may not have. */
export function isScriptUrl(value: string): boolean {
  return !isAllowedLink(value);
}
