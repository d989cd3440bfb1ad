import { DomUtils } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import EntryImage from '../../src/components/EntryImage.astro';
import logo from '../fixtures/content/valid/content/brands/jilin-sijie.png';
import { render } from './render.ts';

const props = {
  alt: '吉林四姐',
  name: '吉林四姐',
  widths: [80, 160],
  sizes: '80px',
  loading: 'lazy',
  class: 'size-20 shrink-0 rounded-full object-contain',
  monogramClass: 'size-20 shrink-0 rounded-full text-3xl',
};

describe('EntryImage', () => {
  it('shows the picture in AVIF and WebP, with its alternative text and box', async () => {
    const { doc } = await render(EntryImage, { ...props, image: logo });
    const picture = DomUtils.findOne((element) => element.name === 'picture', doc.children)!;
    expect(picture.attribs.class).toBe('shrink-0');
    const types = DomUtils.findAll((element) => element.name === 'source', picture.children).map(
      (source) => source.attribs.type,
    );
    expect(types).toEqual(['image/avif', 'image/webp']);
    const img = DomUtils.findOne((element) => element.name === 'img', picture.children)!;
    expect(img.attribs).toMatchObject({ alt: '吉林四姐', class: props.class, loading: 'lazy', sizes: '80px' });
  });

  it('stands the name’s first character in for a missing picture, in the same box, hidden from screen readers', async () => {
    const { doc } = await render(EntryImage, { ...props, image: undefined });
    expect(DomUtils.findOne((element) => element.name === 'picture', doc.children)).toBeNull();
    const span = DomUtils.findOne((element) => element.name === 'span', doc.children)!;
    expect(DomUtils.textContent(span).trim()).toBe('吉');
    expect(span.attribs['aria-hidden']).toBe('true');
    expect(span.attribs.class).toContain(props.monogramClass);
  });
});
