// Import a TBX or CSV glossary (the file is read here and sent as text) and export it as either.
import { useRef, useState } from 'react';
import { useT } from '../../i18n/index.js';
import { formatOfFile } from './glossary-model.js';

interface Props {
  onImport: (format: 'tbx' | 'csv', content: string) => Promise<number | null>;
  onExport: (format: 'tbx' | 'csv') => Promise<unknown>;
}

export function GlossaryImportExport({ onImport, onExport }: Props) {
  const { t } = useT();
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const read = async (file: File) => {
    const format = formatOfFile(file.name);
    if (!format) return setMessage({ text: t('glossary.import.unknownFormat', { name: file.name }), error: true });
    const added = await onImport(format, await file.text());
    setMessage(
      added === null
        ? { text: t('glossary.import.failed', { name: file.name }), error: true }
        : { text: t('glossary.import.done', { count: added, name: file.name }), error: false },
    );
  };

  return (
    <div className="glossary-io">
      <input
        ref={input}
        type="file"
        className="sr-only"
        tabIndex={-1}
        accept=".tbx,.xml,.csv,.tsv,.txt"
        aria-hidden="true"
        data-testid="glossary-file"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void read(file);
        }}
      />
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {t('glossary.import.button')}
      </button>
      <button type="button" className="button" onClick={() => void onExport('tbx')} data-testid="glossary-export-tbx">
        {t('glossary.export.tbx')}
      </button>
      <button type="button" className="button" onClick={() => void onExport('csv')}>
        {t('glossary.export.csv')}
      </button>
      {message ? (
        <p className={message.error ? 'error-text' : 'hint'} role="status">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
