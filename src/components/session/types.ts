/** The shapes the console and the projector receive (see staffView in server/sessions/index.ts). */
export interface OptionCount { id: string; label: string; count: number | null; correct: boolean | null }
export interface QuestionStats {
  id: string; area: string; type: string; stem: string; answered: number; percentCorrect: number | null;
  options: OptionCount[]; number: number; open: boolean; hidden?: boolean;
}
export interface TestResults {
  kind: 'pre' | 'post'; total: number; finished: boolean; open: string[]; current: number | null; deadline: string | null;
  answeredBy: Record<string, number>;
  questions: QuestionStats[]; respondents: number; average: number | null;
  perArea: { area: string; label: string; percent: number }[];
}
export interface TestState { revealed: string[]; open: string[]; current: number | null; finished: boolean; results?: string[]; deadline?: string | null }
export interface StaffView {
  session: { id: string; code: string; title: string; day: string; place: string; unit: string; facilitator: string; status: string; expired: boolean; withPre: boolean; withPost: boolean };
  state: { stage: string; pre: TestState; post: TestState };
  eventId: number;
  participants: { id: string; name: string; nip: string; jabatan: string; joinedAt: string; signedAt: string | null }[];
  signed: number;
  tests: Partial<Record<'pre' | 'post', TestResults>>;
  gain: null | { n: number; excluded: number; meanPre: number; meanPost: number; meanOfGains: number | null };
}
