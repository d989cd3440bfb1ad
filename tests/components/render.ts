import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
import { parseDocument } from 'htmlparser2';

let container: AstroContainer | undefined;

/** Renders a component through Astro's Container API and parses the result for assertions. */
export async function render(
  component: AstroComponentFactory,
  props: Record<string, unknown> = {},
  slots?: Record<string, string>,
) {
  container ??= await AstroContainer.create();
  const html = await container.renderToString(component, { props, slots });
  return { html, doc: parseDocument(html) };
}
