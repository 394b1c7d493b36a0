import { useQuery } from 'urql';
import type { MessageKey } from '../i18n/messages';
import { useTranslation } from '../i18n/use-translation';
import { useViewState } from '../url-state/use-view-state';
import { PEER_GROUP_KINDS, type PeerGroupKindName } from '../url-state/view-state';
import { DataTable } from './data-table';
import { PeerGroupQuery } from './peer-group-picker.graphql';
import { SelectField } from './select-field';

const KIND_LABEL: Record<PeerGroupKindName, MessageKey> = {
  SIZE_CLASS: 'peerGroupSizeClass',
  PROVINCE: 'peerGroupProvince',
  URBANITY: 'peerGroupUrbanity',
  ACCESS_MANDATE: 'peerGroupAccessMandate',
  SIMILAR: 'peerGroupSimilar',
};

/** The peer group's members with the reason each was chosen. */
export function usePeerGroup() {
  const [view] = useViewState();
  const [result] = useQuery({
    query: PeerGroupQuery,
    variables: {
      kind: view.peerGroup?.kind ?? 'SIMILAR',
      municipalityCode: view.peerGroup?.anchor ?? '',
    },
    pause: view.peerGroup === null,
  });
  return view.peerGroup ? result : null;
}

/** Take a peer group around one municipality: same size class, province, urbanity, or similar. */
export function PeerGroupPicker({ names }: { names: ReadonlyMap<string, string> }) {
  const { t, locale } = useTranslation();
  const [view, update] = useViewState();
  const peerGroup = usePeerGroup();
  const anchors = [
    ...new Set([...(view.peerGroup ? [view.peerGroup.anchor] : []), ...view.municipalities]),
  ];
  const members = peerGroup?.data?.peerGroup.members ?? [];

  const changeKind = (value: string) => {
    const kind = PEER_GROUP_KINDS.find((name) => name === value);
    const anchor = view.peerGroup?.anchor ?? view.municipalities[0];
    update({ peerGroup: kind && anchor ? { kind, anchor } : null });
  };

  return (
    <fieldset className="wn-fieldset utrecht-form-fieldset">
      <legend className="utrecht-form-fieldset__legend">{t('peerGroup')}</legend>
      <div className="wn-inline-fields">
        <SelectField
          label={t('peerGroup')}
          value={view.peerGroup?.kind ?? ''}
          disabled={anchors.length === 0}
          onChange={changeKind}
        >
          <option value="">{t('peerGroupNone')}</option>
          {PEER_GROUP_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(KIND_LABEL[kind])}
            </option>
          ))}
        </SelectField>
        {view.peerGroup && (
          <SelectField
            label={t('peerGroupAnchor')}
            value={view.peerGroup.anchor}
            onChange={(value) =>
              view.peerGroup && update({ peerGroup: { kind: view.peerGroup.kind, anchor: value } })
            }
          >
            {anchors.map((code) => (
              <option key={code} value={code}>
                {names.get(code) ?? code}
              </option>
            ))}
          </SelectField>
        )}
      </div>
      {peerGroup?.data && (
        <DataTable
          caption={peerGroup.data.peerGroup.label[locale]}
          rowKey={(member) => member.municipality.code}
          fileNameParts={[t('peerGroup'), view.peerGroup?.anchor ?? '']}
          rows={members}
          emptyText={t('emptyPeerGroup')}
          columns={[
            {
              header: t('municipality'),
              isRowHeader: true,
              cell: (member) => member.municipality.name,
              csv: (member) => member.municipality.name,
            },
            {
              header: 'CBS',
              cell: (member) => member.municipality.code,
              csv: (member) => member.municipality.code,
            },
            {
              header: t('peerGroupWhy'),
              cell: (member) => member.reason[locale],
              csv: (member) => member.reason[locale],
            },
          ]}
        />
      )}
    </fieldset>
  );
}
