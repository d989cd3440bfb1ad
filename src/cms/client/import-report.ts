import { customWidgets } from '../names.ts';
import { decap, type ComponentSpec, type ImmutableMap, type WidgetProps } from './decap.ts';

interface ReportProps extends WidgetProps {
  /** Decap's own upload, as its image widget uses it: the file joins the draft and is saved beside the entry. */
  onPersistMedia: (file: File, options: { field: ImmutableMap }) => Promise<void>;
}

/**
 * The import report at the top of a draft made by the import screen: what the importer read the article as,
 * what a person must check, and the lines it kept out of the body. Mounted on that draft, it also adds the
 * article's pictures to it, so they are saved beside the entry with it. Nothing of it is written into the file.
 */
export function registerImportReport(pictures: File[]): void {
  const { CMS, h, createClass } = decap();
  let pending = pictures;
  const report: ComponentSpec = {
    componentDidMount(this: { props: ReportProps }) {
      const { entry, field, onPersistMedia } = this.props;
      if (!entry.get('newRecord') || pending.length === 0) return;
      const files = pending;
      pending = [];
      void files.reduce((previous, file) => previous.then(() => onPersistMedia(file, { field })), Promise.resolve());
    },
    render(this: { props: ReportProps }) {
      const { field, forID, classNameWrapper } = this.props;
      const options = field.toJS() as { origin: string; checks: string[]; removed: { text: string; label: string }[] };
      const item = (text: string, index: number) => h('li', { key: index }, text);
      return h(
        'div',
        { id: forID, className: classNameWrapper, 'data-import-report': '' },
        h('p', null, `${options.origin}。`),
        options.checks.length
          ? [
              h('p', { key: 'c' }, h('strong', null, `请核对以下 ${options.checks.length} 项:`)),
              h('ol', { key: 'l', style: { paddingLeft: '1.5em', listStyle: 'decimal' } }, options.checks.map(item)),
            ]
          : h('p', null, '没有发现需要特别核对的地方,仍请通读一遍。'),
        options.removed.length
          ? h(
              'details',
              null,
              h('summary', null, `没有放进正文的 ${options.removed.length} 行(点开查看)`),
              h(
                'ul',
                { style: { paddingLeft: '1.5em', listStyle: 'disc' } },
                options.removed.map((line, index) => item(`${line.text} → ${line.label}`, index)),
              ),
            )
          : null,
      );
    },
  };
  CMS.registerWidget(customWidgets.importReport, createClass(report));
}
