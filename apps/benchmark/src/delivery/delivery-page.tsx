import { type DragEvent, type FormEvent, useId, useState } from 'react';
import { useTranslation } from '../i18n/use-translation';
import { useViewer } from '../viewer/use-viewer';
import { DeliveryHistory } from './delivery-history';
import { type DeliveryMessageKey, deliveryText } from './delivery-messages';
import { DeliveryResultPanel } from './delivery-result';
import { type DeliveryResult, type ImportKindName, sendDelivery } from './send-delivery';

const KINDS: readonly ImportKindName[] = [
  'TEAMS',
  'MEMBERS',
  'HOUSEHOLDS',
  'PLAN_EVENTS',
  'ASSESSMENTS',
  'REGISTERED_EVENTS',
];

type Sending =
  | { readonly state: 'idle' }
  | { readonly state: 'sending'; readonly share: number }
  | { readonly state: 'done'; readonly result: DeliveryResult }
  | { readonly state: 'failed'; readonly message: string };

/** A municipality delivers a CSV file, sees it accepted or every problem, and its history. */
export default function DeliveryPage() {
  const { locale } = useTranslation();
  const { viewer } = useViewer();
  const text = (key: DeliveryMessageKey, values = {}) => deliveryText(locale, key, values);
  const kindId = useId();
  const fileId = useId();
  const [kind, setKind] = useState<ImportKindName>('HOUSEHOLDS');
  const [file, setFile] = useState<File | null>(null);
  const [sending, setSending] = useState<Sending>({ state: 'idle' });
  const [deliveries, setDeliveries] = useState(0);
  const canDeliver = viewer?.role === 'MUNICIPALITY' || viewer?.role === 'ADMIN';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setSending({ state: 'sending', share: 0 });
    try {
      const result = await sendDelivery({
        kind,
        file,
        onProgress: (share) => setSending({ state: 'sending', share }),
      });
      setSending({ state: 'done', result });
    } catch (error) {
      setSending({ state: 'failed', message: (error as Error).message });
    }
    setDeliveries((count) => count + 1);
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    const dropped = event.dataTransfer.files[0];
    if (dropped) setFile(dropped);
  };

  if (viewer && !canDeliver) {
    return (
      <div className="wn-narrow">
        <h1 className="utrecht-heading-1">{text('title')}</h1>
        <p className="utrecht-paragraph">{text('needsMunicipality')}</p>
      </div>
    );
  }
  const percent = sending.state === 'sending' ? Math.round(sending.share * 100) : 0;
  return (
    <div className="wn-delivery">
      <h1 className="utrecht-heading-1">{text('title')}</h1>
      <p className="utrecht-paragraph wn-narrow">{text('intro')}</p>
      <form className="wn-delivery__form" onSubmit={submit}>
        <div className="utrecht-form-field">
          <label className="utrecht-form-label" htmlFor={kindId}>
            {text('kind')}
          </label>
          <select
            id={kindId}
            className="utrecht-select utrecht-select--html-select"
            value={kind}
            onChange={(event) => setKind(event.target.value as ImportKindName)}
          >
            {KINDS.map((option) => (
              <option key={option} value={option}>
                {text(option)}
              </option>
            ))}
          </select>
        </div>
        {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a pointer's shortcut; the file input inside serves the keyboard */}
        <div
          className="utrecht-form-field wn-delivery__drop"
          onDragOver={(e) => e.preventDefault()}
          onDrop={drop}
        >
          <label className="utrecht-form-label" htmlFor={fileId}>
            {text('file')}
          </label>
          <p className="utrecht-form-field-description">{text('dropHint')}</p>
          <input
            id={fileId}
            type="file"
            accept=".csv,text/csv"
            className="utrecht-textbox"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          {file && <p className="utrecht-paragraph">{text('chosen', { name: file.name })}</p>}
        </div>
        <button
          type="submit"
          className="utrecht-button utrecht-button--primary-action"
          disabled={!file || sending.state === 'sending'}
        >
          {text('deliver')}
        </button>
      </form>
      {sending.state === 'sending' && (
        <div role="status" className="wn-delivery__progress">
          <progress max={100} value={percent} aria-label={text('uploading', { percent })} />
          <p className="utrecht-paragraph">
            {percent < 100 ? text('uploading', { percent }) : text('checking')}
          </p>
        </div>
      )}
      {sending.state === 'done' && <DeliveryResultPanel result={sending.result} />}
      {sending.state === 'failed' && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          {text('failed', { message: sending.message })}
        </div>
      )}
      <DeliveryHistory year={String(new Date().getFullYear())} refreshKey={deliveries} />
    </div>
  );
}
