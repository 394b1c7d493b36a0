import { type FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { ErrorAlert } from '../../components/error-alert';
import { MunicipalitySearchQuery } from '../../components/municipality-picker.graphql';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useDebounced } from '../../components/use-debounced';
import type { VariablesOf } from '../../graphql/graphql';
import { useTranslation } from '../../i18n/use-translation';
import { useViewer } from '../../viewer/use-viewer';
import { SignInProvidersQuery } from '../../viewer/viewer.graphql';
import { type MembershipMessageKey, membershipText } from './memberships-messages';
import { CreateMembershipMutation, MembershipTeamsQuery } from './memberships-page.graphql';

type MembershipInput = VariablesOf<typeof CreateMembershipMutation>['input'];
type Role = MembershipInput['role'];

const ROLES: readonly Role[] = ['MUNICIPALITY', 'TEAM', 'INSTITUTE', 'ADMIN'];

/** What the form holds while the admin fills it in. */
interface MembershipFormState {
  issuer: string;
  holderKind: 'subject' | 'group';
  holder: string;
  role: Role;
  municipalityCode: string;
  teamId: string;
  label: string;
}

/** The props the form's field groups share: the form so far, a change to it, the messages. */
interface FieldGroupProps {
  form: MembershipFormState;
  change: (part: Partial<MembershipFormState>) => void;
  text: (key: MembershipMessageKey) => string;
}

/** A municipality by search: a text to search with and a choice among what it found. */
function MunicipalityField({
  value,
  onChange,
  text,
}: {
  value: string;
  onChange: (code: string) => void;
  text: (key: MembershipMessageKey) => string;
}) {
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim(), 250);
  const [result] = useQuery({
    query: MunicipalitySearchQuery,
    variables: { search: term, first: 12 },
    pause: term.length < 2,
  });
  const [chosen, setChosen] = useState<{ code: string; name: string } | null>(null);
  const found = (result.data?.municipalities.edges ?? []).map((edge) => edge.node);
  const options = [...(chosen && value === chosen.code ? [chosen] : []), ...found].filter(
    (option, index, all) => all.findIndex((other) => other.code === option.code) === index,
  );
  const choose = (code: string) => {
    const option = options.find((candidate) => candidate.code === code);
    setChosen(option ? { code: option.code, name: option.name } : null);
    onChange(code);
  };
  return (
    <>
      <TextField
        label={text('municipalitySearch')}
        value={search}
        onChange={setSearch}
        type="search"
      />
      <SelectField label={text('municipality')} value={value} onChange={choose}>
        <option value="">{text('chooseMunicipality')}</option>
        {options.map((option) => (
          <option key={option.code} value={option.code}>
            {option.name} ({option.code})
          </option>
        ))}
      </SelectField>
    </>
  );
}

/** The teams of the chosen municipality, by name. */
function TeamField({
  municipalityCode,
  value,
  onChange,
  text,
}: {
  municipalityCode: string;
  value: string;
  onChange: (id: string) => void;
  text: (key: MembershipMessageKey) => string;
}) {
  const [result] = useQuery({
    query: MembershipTeamsQuery,
    variables: { municipalityCode },
    pause: municipalityCode === '',
  });
  const teams = result.data?.membershipTeams ?? [];
  if (result.data && teams.length === 0)
    return <p className="utrecht-paragraph">{text('noTeams')}</p>;
  return (
    <SelectField
      label={text('team')}
      value={value}
      onChange={onChange}
      disabled={municipalityCode === ''}
    >
      <option value="">{text('chooseTeam')}</option>
      {teams.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </SelectField>
  );
}

/** What the form holds as a membership to grant, or null while something required is missing. */
function inputOf(form: MembershipFormState): MembershipInput | null {
  const needsMunicipality = form.role === 'MUNICIPALITY' || form.role === 'TEAM';
  if (form.issuer === '' || form.holder.trim() === '') return null;
  if (needsMunicipality && form.municipalityCode === '') return null;
  if (form.role === 'TEAM' && form.teamId === '') return null;
  return {
    issuer: form.issuer,
    ...(form.holderKind === 'subject'
      ? { subject: form.holder.trim() }
      : { groupName: form.holder.trim() }),
    role: form.role,
    ...(form.role !== 'INSTITUTE' && form.municipalityCode
      ? { municipalityCode: form.municipalityCode }
      : {}),
    ...(form.role === 'TEAM' ? { teamId: form.teamId } : {}),
    label: form.label.trim(),
  };
}

/** Who the membership is for: a person or a group at one of the sign-in providers. */
function HolderFields({ form, change, text, issuer }: FieldGroupProps & { issuer: string }) {
  const [providers] = useQuery({ query: SignInProvidersQuery });
  return (
    <>
      <SelectField
        label={text('provider')}
        value={issuer}
        onChange={(value) => change({ issuer: value })}
      >
        {(providers.data?.signInProviders ?? []).map((provider) => (
          <option key={provider.name} value={provider.issuer}>
            {provider.label}
          </option>
        ))}
      </SelectField>
      <SelectField
        label={text('holderKind')}
        value={form.holderKind}
        onChange={(value) => change({ holderKind: value === 'group' ? 'group' : 'subject' })}
      >
        <option value="subject">{text('holderSubject')}</option>
        <option value="group">{text('holderGroup')}</option>
      </SelectField>
      {form.holderKind === 'subject' ? (
        <TextField
          label={text('subject')}
          hint={text('subjectHint')}
          value={form.holder}
          onChange={(holder) => change({ holder })}
        />
      ) : (
        <TextField
          label={text('groupName')}
          value={form.holder}
          onChange={(holder) => change({ holder })}
        />
      )}
    </>
  );
}

/** What the membership reaches: a role and, for a municipality or team role, which one. */
function ReachFields({ form, change, text }: FieldGroupProps) {
  const { t } = useTranslation();
  // The teams by name only for the municipality the admin acts for: a platform admin reaches no
  // municipality's rows, so for another one the team is named by its ID.
  const { viewer } = useViewer();
  const ownMunicipality = viewer?.municipalityCode === form.municipalityCode;
  return (
    <>
      <SelectField
        label={text('role')}
        value={form.role}
        onChange={(value) => change({ role: value as Role })}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`role${role}`)}
          </option>
        ))}
      </SelectField>
      {form.role !== 'INSTITUTE' && (
        <MunicipalityField
          value={form.municipalityCode}
          onChange={(municipalityCode) => change({ municipalityCode, teamId: '' })}
          text={text}
        />
      )}
      {form.role === 'TEAM' && !ownMunicipality && (
        <TextField
          label={text('teamId')}
          hint={text('teamIdHint')}
          value={form.teamId}
          onChange={(teamId) => change({ teamId: teamId.trim() })}
        />
      )}
      {form.role === 'TEAM' && ownMunicipality && (
        <TeamField
          municipalityCode={form.municipalityCode}
          value={form.teamId}
          onChange={(teamId) => change({ teamId })}
          text={text}
        />
      )}
    </>
  );
}

/** Grants a membership: for one person or a group at an identity provider, with role and reach. */
export function MembershipForm({ onAdded }: { onAdded: (message: string) => void }) {
  const { locale } = useTranslation();
  const text = (key: MembershipMessageKey, values: Record<string, string> = {}) =>
    membershipText(locale, key, values);
  const [providers] = useQuery({ query: SignInProvidersQuery });
  const [creation, create] = useMutation(CreateMembershipMutation);
  const [form, setForm] = useState<MembershipFormState>({
    issuer: '',
    holderKind: 'subject',
    holder: '',
    role: 'MUNICIPALITY',
    municipalityCode: '',
    teamId: '',
    label: '',
  });
  const [isIncomplete, setIsIncomplete] = useState(false);
  const change = (part: Partial<MembershipFormState>) =>
    setForm((current) => ({ ...current, ...part }));
  const issuer = form.issuer || providers.data?.signInProviders[0]?.issuer || '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = inputOf({ ...form, issuer });
    setIsIncomplete(input === null);
    if (!input) return;
    const answer = await create({ input });
    if (answer.error) return;
    onAdded(text('added', { label: answer.data?.createMembership.label || form.holder }));
    change({ holder: '', label: '', teamId: '' });
  };
  return (
    <form
      className="utrecht-form wn-narrow wn-membership-form"
      onSubmit={(event) => void submit(event)}
    >
      <h2 className="utrecht-heading-2">{text('addTitle')}</h2>
      <HolderFields form={form} change={change} text={text} issuer={issuer} />
      <ReachFields form={form} change={change} text={text} />
      <TextField label={text('label')} value={form.label} onChange={(label) => change({ label })} />
      {isIncomplete && (
        <div className="utrecht-alert utrecht-alert--error" role="alert">
          {text('incomplete')}
        </div>
      )}
      {creation.error && <ErrorAlert error={creation.error} />}
      <button
        type="submit"
        className="utrecht-button utrecht-button--primary-action"
        disabled={creation.fetching}
      >
        {text('add')}
      </button>
    </form>
  );
}
