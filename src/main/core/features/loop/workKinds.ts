/**
 * What a goal, blocker or idea is about, as kinds of work. Offers are matched to what their
 * goal is about by kind, never by a shared word: "Organize the team offsite" shares "team" with
 * "Get every product team onto shared metrics" and has nothing to do with it.
 */
const WORK_KINDS = [
  'metrics',
  'hiring',
  'onboarding',
  'people',
  'process',
  'strategy',
  'customers',
  'quality',
  'reliability',
  'cost',
  'launch',
  'capacity',
  'events'
] as const
export type WorkKind = (typeof WORK_KINDS)[number]

const CUES: Record<WorkKind, RegExp> = {
  metrics: /\bmetric\w*|\bdata\b|\bdashboard\w*|\bkpis?\b|\bmeasur\w*|\bokrs?\b|\banalytic\w*|\binsight\w*|\bnumbers\b|\breporting\b/i,
  hiring: /\bhir(e|es|ed|ing)\b|\brecruit\w*|\binterview\w*|\bcandidate\w*|\btalent\b|\bheadcount\b|\bpipeline\b/i,
  onboarding:
    /\bonboard\w*|\bramp(ing)?[- ]up\b|\bnew (hires?|joiners?|people|pms?|engineers?)\b|\bscal(e|ing) the (pm |engineering |product )?(org|team)\b/i,
  people:
    /\bdirect reports?\b|\bmanag(e|ing) managers\b|\bmentor\w*|\bcoach\w*|\bcareer\w*|\bgrow\w* (two|the|my|our|\w+) (direct reports|pms|engineers|people)\b|\bmorale\b|\bretain\w* (people|staff|engineers)\b|\battrition\b|\bburn-?out\b/i,
  process:
    /\btool\w*|\bmigrat\w*|\broll\s?-?out\b|\badopt\w*|\bprocess\w*|\bplanning\b|\bworkflow\w*|\brituals?\b|\bnobody owns\b|\bno owner\b|\bhandoffs?\b|\bdecision\w*|\balign\w*|\bdisagree\w*/i,
  strategy: /\bstrateg\w*|\bvision\b|\bnarrative\b|\bdirection\b|\broadmap\w*|\bpriorit\w*|\bbets?\b|\bupmarket\b|\bpositioning\b/i,
  customers:
    /\bcustomer\w*|\benterprise\b|\baccounts?\b|\bsales\b|\brevenue\b|\bdeals?\b|\bchurn\w*|\bretention\b|\bmarket\w*|\bpric\w*|\bconversion\b|\bactivation\b|\busers?\b|\bsegment\b/i,
  quality: /\bquality\b|\bcraft\b|\bstandards?\b|\bbar\b|\bbugs?\b|\bdefects?\b|\bux\b|\bdesign review\w*|\bpolish\b/i,
  reliability:
    /\breliab\w*|\buptime\b|\boutages?\b|\bincidents?\b|\bon-?call\b|\blatency\b|\bflaky\b|\bstability\b|\bsla\b|\bdowntime\b|\bpager\w*/i,
  cost: /\bcost\w*|\bspend\w*|\bbudget\w*|\bsavings?\b|\bcloud bill\b|\befficien\w*|\bmargin\w*/i,
  launch: /\blaunch\w*|\bship\w*|\bdeadline\w*|\breleas\w*|\bgo-?live\b|\bbehind\b|\bslip\w*|\bdeliver\w*/i,
  capacity: /\bno time\b|\bbandwidth\b|\bcapacity\b|\btoo busy\b|\boverload\w*|\bstretched\b|\bstretched thin\b/i,
  events: /\boffsite\b|\bparty\b|\bsocial\b|\blunch\b|\bdinner\b|\bdrinks\b|\bteam[- ]building\b|\bcelebrat\w*/i
}

/** Every kind of work a phrase is about, in catalogue order; empty when nothing is recognised. */
export function workKinds(text: string): WorkKind[] {
  return WORK_KINDS.filter((k) => CUES[k].test(text))
}

/** The kinds two phrases have in common. */
export const sharedKinds = (a: readonly WorkKind[], b: readonly WorkKind[]) => a.filter((k) => b.includes(k))
