/**
 * The profile part of a learner form (kind of number, name, jabatan, pangkat, unit), shared by the
 * registration form (AccountForm) and the profile page (LearnerForm). Each form passes its own
 * `field` renderer, so ids, values and error messages stay the form's own.
 */
import type { JSX } from 'preact';

type Field = 'name' | 'jabatan' | 'pangkat' | 'unit';
type Render = (name: Field, label: string, opts?: { hint?: string; autocomplete?: string; required?: boolean }) => JSX.Element;

interface Props {
  /** Prefix of the select's id ("a" → "a-kind"). */
  idPrefix: string;
  kind: string;
  onKind: (kind: string) => void;
  field: Render;
  strings: Record<string, string>;
}

export default function ProfileFields({ idPrefix, kind, onKind, field, strings: s }: Props) {
  return (
    <>
      <div class="field">
        <label for={`${idPrefix}-kind`}>{s['learner.kind']}</label>
        <select id={`${idPrefix}-kind`} name="kind" value={kind} onChange={(e) => onKind((e.target as HTMLSelectElement).value)}>
          <option value="auto">{s['learner.kindAuto']}</option>
          <option value="pns">{s['learner.kindPns']}</option>
          <option value="pppk">{s['learner.kindPppk']}</option>
        </select>
      </div>
      {field('name', s['learner.name'], { hint: s['learner.nameHint'], autocomplete: 'name' })}
      {field('jabatan', s['learner.jabatan'], { autocomplete: 'organization-title' })}
      {field('pangkat', s['learner.pangkat'], { required: false })}
      {field('unit', s['learner.unit'], { hint: s['learner.unitHint'], autocomplete: 'organization' })}
    </>
  );
}
