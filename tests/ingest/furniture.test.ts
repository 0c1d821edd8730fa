import { describe, expect, it } from 'vitest';
import { setAsideFurniture } from '../../src/ingest/furniture.js';

const page = (n: number, total: number, body: string[]) => ['MoU — Draft', ...body, `Page ${n} of ${total}`].join('\n');

describe('running headers and footers', () => {
  it('sets aside lines repeated at the edges of most pages, page numbers made generic', () => {
    const pages = [1, 2, 3, 4].map((n) => page(n, 4, [`Article ${n + 10}`, `Body text of article ${n + 10}.`]));
    const { bodies, furniture } = setAsideFurniture(pages);
    expect(bodies[1]).toBe('Article 12\nBody text of article 12.');
    expect(furniture).toEqual(['MoU — Draft', 'Page 1 of 4']);
  });

  it('finds them whether the producer wrote them first or last on the page', () => {
    const words = ['wages', 'hours', 'leave'];
    const pages = [1, 2, 3].map((n) => [`Article ${n + 20}`, `On ${words[n - 1]}.`, 'MoU — Draft', `- ${n} -`].join('\n'));
    expect(setAsideFurniture(pages).bodies).toEqual(['Article 21\nOn wages.', 'Article 22\nOn hours.', 'Article 23\nOn leave.']);
  });

  it('tolerates a cover page without header', () => {
    const pages = ['Title page', ...[2, 3, 4, 5].map((n) => page(n, 5, [`Body of page ${n * 7}.`]))];
    const { bodies } = setAsideFurniture(pages);
    expect(bodies[0]).toBe('Title page');
    expect(bodies[3]).toBe('Body of page 28.');
  });

  it('leaves body lines alone, even repeated ones, when they are not at page edges', () => {
    const body = ['Article 1', 'The employer shall pay.', 'Line', 'Line', 'Line', 'Line', 'The employer shall pay.', 'Line', 'Line', 'Line', 'End'];
    const pages = [body.join('\n'), body.join('\n').replace('Article 1', 'Article 2')];
    expect(setAsideFurniture(pages).bodies[0]).toContain('The employer shall pay.');
  });

  it('takes nothing from a one-page document', () => {
    expect(setAsideFurniture(['Page 1 of 1\nText']).bodies).toEqual(['Page 1 of 1\nText']);
  });
});
