/**
 * Table types for Kysely. Times are UTC ISO-8601 text; booleans are 0/1 integers; structured
 * values are JSON text. No engine-specific types, so one query serves SQLite and PostgreSQL.
 */
import type { Generated } from 'kysely';

export interface UnitTable {
  /** Unit code, e.g. "KANWIL-KALSEL" or the code from the personnel system. */
  id: string;
  name: string;
  /** Parent unit id (Kanwil → Kankemenag → KUA/madrasah); null for a top unit. */
  parent_id: string | null;
  created_at: string;
  /** IANA time zone (Asia/Jakarta | Asia/Makassar | Asia/Jayapura); null inherits the parent's. */
  time_zone?: string | null;
  /** 1: registering a NIP of this unit's roster needs the activation code HR printed (007). */
  require_activation?: number;
}

export interface LearnerTable {
  id: string;
  /** 18-digit NIP (PNS) or NI PPPK, digits only. */
  nip: string;
  /** 'pns' or 'pppk'. */
  kind: string;
  name: string;
  jabatan: string;
  pangkat: string | null;
  /** Unit from the units table, when the learner's unit is known there. */
  unit_id: string | null;
  /** Unit as the learner typed it (always kept, for display and certificates). */
  unit_name: string;
  created_at: string;
  updated_at: string;
  // The summary for the HR dashboard: derived, kept by src/server/learner-summary.ts (never set
  // directly; optional so that code creating a learner need not know of it).
  /** Unit whose roster lists the NIP, copied from roster_entries. */
  roster_unit_id?: string | null;
  /** ISO time of the first exam attempt started or module finished. */
  first_activity_at?: string | null;
  /** ISO time the exam behind the first valid certificate was submitted (passed). */
  completed_at?: string | null;
  /** Best submitted final-exam score, percent. */
  best_score?: number | null;
  /** Final-exam attempts HR granted beyond the course's limit (migration 010). */
  extra_attempts?: number;
  /** HR allowed a retake at this ISO time: earlier attempts no longer block a new one. */
  retake_from?: string | null;
  /** scrypt hash of the learner's own password; null while the NIP is not claimed (007). */
  password_hash?: string | null;
  /** SHA-256 of the one-time reset code an operator handed out; cleared when used. */
  reset_code_hash?: string | null;
  reset_expires_at?: string | null;
}

export interface LearnerSessionTable {
  /** SHA-256 of the session token held in the learner's cookie. */
  id: string;
  learner_id: string;
  created_at: string;
  /** Slides forward with use: 30 days without activity end the session. */
  expires_at: string;
  last_seen_at?: string | null;
  /** Browser of the session (shortened), so the learner recognises their devices. */
  user_agent?: string | null;
  /** null: the learner's account session; `live:<session id>`: only that live session (joined by code + NIP). */
  scope?: string | null;
}

export interface ModuleProgressTable {
  learner_id: string;
  module_id: string;
  completed_at: string;
}

export interface StaffUserTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  /** 'admin' | 'operator' | 'facilitator'. */
  role: string;
  unit_id: string | null;
  must_change_password: number;
  failed_logins: number;
  locked_until: string | null;
  created_at: string;
  /** Bumped by an admin "unlock": failed-login counters are keyed by it (migration 008). */
  login_epoch: Generated<number>;
}

export interface StaffSessionTable {
  /** SHA-256 of the session token held in the staff cookie. */
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}

export interface AttemptTable {
  id: string;
  learner_id: string;
  /** 'pre' (pre-test) or 'final' (the graded exam). */
  kind: string;
  /** Seed of the draw, the shuffles and the opaque labels. */
  seed: string;
  /** JSON array of the drawn question ids, in presented order. */
  items: string;
  /** JSON object: question id → the learner's response (saved while in progress). */
  responses: string;
  /** 'open' or 'submitted'. */
  status: string;
  started_at: string;
  deadline_at: string | null;
  submitted_at: string | null;
  /** Total score in percent, set on submit. */
  score: number | null;
  passed: number | null;
  /** JSON of the scored result (per area, per item), set on submit. */
  result: string | null;
  course_version: string;
}

export interface CertificateTable {
  id: string;
  /** Public, non-guessable certificate number. */
  number: string;
  learner_id: string;
  attempt_id: string;
  /** JSON of the signed claims. */
  claims: string;
  /** The compact signed token the QR code carries. */
  token: string;
  issued_at: string;
  revoked_at: string | null;
  revoke_reason: string | null;
  revoked_by: string | null;
  /** Number of the certificate this one replaces (reissue), if any. */
  replaces: string | null;
  /** Bit of this certificate in the Bitstring Status List (null for certificates issued before it). */
  status_index?: number | null;
  /** Course version the certificate attests (as in its claims); at most one valid per learner and version. */
  course_version: string;
}

/** The issuer printed on certificates: scope '*' (the institution) or a unit id (its override). */
export interface IssuerSettingsTable {
  scope: string;
  /** JSON of IssuerSettings (src/server/certificates/issuer.ts). */
  data: string;
  updated_at: string;
  updated_by: string | null;
}

/** An uploaded image (logo, signature), by SHA-256 of its bytes; never changed. */
export interface IssuerAssetTable {
  id: string;
  /** image/png or image/svg+xml. */
  mime: string;
  /** base64 of the bytes. */
  data: string;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: string;
  /** Staff user id, or null for the system. */
  actor_id: string | null;
  action: string;
  target: string | null;
  /** JSON with details of the action. */
  detail: string | null;
}

/** A person on a unit's roster (imported by HR from the personnel system). */
export interface RosterEntryTable {
  nip: string;
  unit_id: string;
  name: string;
  jabatan: string | null;
  imported_at: string;
  imported_by: string | null;
  /** 'pns' | 'pppk' as the roster said (or the number's layout); null when imported before 010. */
  kind?: string | null;
  /** SHA-256 of the activation code printed for this person, if HR printed one (007). */
  activation_hash?: string | null;
}

/** Another name of a unit, as personnel systems write it; matched by its normalised key. */
export interface UnitAliasTable {
  /** normalizeUnitName(alias): one unit per key. */
  alias_key: string;
  /** As the admin typed it. */
  alias: string;
  unit_id: string;
  created_at: string;
  created_by: string | null;
}

/** Mastery per area over every submitted final attempt (kept with attempt_areas). */
export interface AreaTotalTable {
  area: string;
  earned: number;
  max: number;
  n: number;
}

/** Per-area score of a submitted final attempt, copied from its result so it aggregates in SQL. */
export interface AttemptAreaTable {
  attempt_id: string;
  learner_id: string;
  area: string;
  earned: number;
  max: number;
  submitted_at: string;
}

/** A live pembinaan session (#7). */
export interface LiveSessionTable {
  id: string;
  /** Join code: 6 characters without 0/O/1/I. */
  code: string;
  title: string;
  /** yyyy-mm-dd. */
  day: string;
  place: string;
  unit_id: string;
  facilitator_id: string;
  facilitator_name: string;
  with_pre: number;
  with_post: number;
  /** One seed per session: every participant sees the same questions in the same order. */
  seed: string;
  /** JSON arrays of question ids. */
  pre_items: string;
  post_items: string;
  /** JSON of the live state (stage, open questions…), see sessions/state.ts. */
  state: string;
  /** 'open' | 'closed'. */
  status: string;
  created_at: string;
  /** The join code stops working after this time. */
  expires_at: string;
  closed_at: string | null;
  /** On a field laptop: the field key the session was imported with (014); null elsewhere. */
  field_kid?: string | null;
}

export interface LiveParticipantTable {
  id: string;
  session_id: string;
  learner_id: string;
  nip: string;
  name: string;
  jabatan: string;
  joined_at: string;
  /** 1 when joined while logged in to the learner's own account (007). */
  joined_with_account?: number;
}

export interface LiveAnswerTable {
  session_id: string;
  participant_id: string;
  /** 'pre' | 'post'. */
  test: string;
  question_id: string;
  /** JSON of the response, in public ids. */
  response: string;
  answered_at: string;
  updated_at: string;
  /** How often the answer was changed while the question was open. */
  changes: number;
}

export interface LiveResultTable {
  session_id: string;
  participant_id: string;
  test: string;
  score: number;
  answered: number;
  /** JSON of the AttemptScore. */
  result: string;
  /** The attempt this result also created (pre-test, or a full post-test counted as final exam). */
  attempt_id: string | null;
  scored_at: string;
}

export interface LiveSignatureTable {
  session_id: string;
  participant_id: string;
  name: string;
  signed_at: string;
}

export interface LiveEventTable {
  id: Generated<number>;
  session_id: string;
  type: string;
  /** JSON. */
  data: string;
  at: string;
}

/** The rate limits' shared store on PostgreSQL (rate-limiter-flexible's layout). */
export interface RateLimitTable {
  /** `<limiter name>:<window>:<key>`. */
  key: string;
  points: number;
  /** Epoch milliseconds when the window ends. */
  expire: number | null;
}

/** A question imported from a Moodle bank into the practice or graded bank of a course version. */
export interface ImportedQuestionTable {
  course_version: string;
  /** The question id (unique within the course version). */
  id: string;
  bank: 'graded' | 'practice';
  area: string;
  /** The question as validated by the question schema (JSON). */
  question: string;
  /** Groups the questions of one import. */
  batch_id: string;
  imported_at: string;
  /** Staff user id of the admin who confirmed the import. */
  imported_by: string | null;
}

/** A checked bank file waiting for the admin's confirmation (kept one day). */
export interface BankImportDraftTable {
  id: string;
  /** The admin who checked it; only they can confirm it. */
  staff_id: string;
  /** The file's name (".xml" means Moodle XML). */
  name: string;
  text: string;
  /** SHA-256 of the text with normalised line ends. */
  digest: string;
  created_at: string;
}

/** A key for one "paket sesi" (field kit, 014), bound to one session. */
export interface FieldKeyTable {
  /** Key id, also in the JWS header of the "hasil sesi". */
  kid: string;
  session_id: string;
  /** Ed25519 public key as JWK (JSON). */
  public_jwk: string;
  /** Ed25519 private key as JWK (JSON): only on the laptop that imported the package. */
  private_jwk: string | null;
  issued_at: string;
  /** After this time the central server refuses a "hasil sesi" signed with the key. */
  expires_at: string;
  /** Staff user id who downloaded the package (central). */
  issued_by: string | null;
  /** On the laptop: its clock when the package was imported (016); null on the central server. */
  imported_at?: string | null;
  /** On the laptop: the central server's address the package came from (016). */
  origin?: string | null;
  /** On the laptop: its clock at the first export of the closed session, reused by every later export (016). */
  exported_at?: string | null;
  /** On the laptop: its UTC offset (minutes east) at that first export (016). */
  export_offset?: number | null;
}

/** A "hasil sesi" merged into the central server: one per session (014). */
export interface FieldImportTable {
  session_id: string;
  /** SHA-256 of the signed bundle's payload: the same file again changes nothing. */
  digest: string;
  kid: string;
  /** Central time of the merge. */
  imported_at: string;
  imported_by: string | null;
  /** The laptop's clock when it exported the bundle, as reported. */
  exported_at: string;
  /** How far the laptop's clock was off at least (ms, + ahead / - behind); times are kept as reported. */
  clock_offset_ms: number;
  /** JSON of the merge summary shown on the session page. */
  summary: string;
}

export interface Database {
  units: UnitTable;
  learners: LearnerTable;
  learner_sessions: LearnerSessionTable;
  module_progress: ModuleProgressTable;
  staff_users: StaffUserTable;
  staff_sessions: StaffSessionTable;
  attempts: AttemptTable;
  certificates: CertificateTable;
  audit_log: AuditLogTable;
  roster_entries: RosterEntryTable;
  unit_aliases: UnitAliasTable;
  area_totals: AreaTotalTable;
  attempt_areas: AttemptAreaTable;
  live_sessions: LiveSessionTable;
  live_participants: LiveParticipantTable;
  live_answers: LiveAnswerTable;
  live_results: LiveResultTable;
  live_signatures: LiveSignatureTable;
  live_events: LiveEventTable;
  field_keys: FieldKeyTable;
  field_imports: FieldImportTable;
  rate_limits: RateLimitTable;
  imported_questions: ImportedQuestionTable;
  bank_import_drafts: BankImportDraftTable;
  issuer_settings: IssuerSettingsTable;
  issuer_assets: IssuerAssetTable;
}
