/**
 * Foreign (mostly English) terms that road map documents use without an adapted Indonesian form.
 * PUEBI (huruf miring) and UU 12/2011 Lampiran II ask for such words in italics; the template
 * helpers `teks` and `asing` italicise every occurrence of these terms. Pure data.
 *
 * How the list is read (src/render/templates/italicize-foreign-terms.ts):
 * - case-insensitively, so `Quick Wins` and `quick wins` both match; entries are lower case;
 * - on word boundaries: `output` inside `outputnya` is not matched (PUEBI writes `output-nya`,
 *   and the hyphen is a boundary, so only `output` turns italic);
 * - longest term first, so `whistleblowing system` wins over `whistleblowing`;
 * - a space in an entry matches any run of spaces; a hyphen only a hyphen, so variants that
 *   writers really use are listed one by one (`help desk`, `helpdesk`).
 *
 * Deliberately NOT in the list:
 * - `road map` / `roadmap` and `grand design`: in these regulations they are names of the
 *   instruments themselves ("Road Map Reformasi Birokrasi", PermenPANRB 25/2020 and 3/2023;
 *   "Grand Design Reformasi Birokrasi", Perpres 81/2010), written upright even in running text.
 *   Italicising some occurrences and not others would make one document inconsistent, so they
 *   stay upright in every casing.
 * - Application and programme names (`e-SAKIP`, `e-Kinerja`, `SRIKANDI`, `BerAKHLAK`): names are
 *   never italic (PUEBI), which is also why `e-` words are listed one by one, not by pattern.
 * - `stunting`: the defined term of Perpres 72/2021 (Percepatan Penurunan Stunting), which RB
 *   Tematik cites by that name; written upright like `road map`.
 * - Absorbed words in KBBI (`digital`, `aplikasi`, `data`, `sistem`, `target`, `platform`,
 *   `evaluasi`, `reviu`, `survei`, `asesmen`) and `monitoring`, which regulations write upright
 *   in "monitoring dan evaluasi" often enough that italics there would look like an error.
 */
export const ISTILAH_ASING: readonly string[] = [
  // Planning and performance
  'quick wins',
  'quick win',
  'cascading',
  'baseline',
  'milestone',
  'milestones',
  'timeline',
  'action plan',
  'input',
  'output',
  'outcome',
  'outcomes',
  'impact',
  'key performance indicator',
  'key performance indicators',
  'money follow program',
  'money follows program',
  'value for money',
  'evidence based policy',
  'evidence-based policy',
  'policy brief',
  'benchmark',
  'benchmarking',
  'best practice',
  'best practices',
  'lesson learned',
  'lessons learned',
  'pilot project',
  'follow up',
  'feedback',
  'review',
  'self assessment',
  'assessment',
  'assessment center',
  'gap analysis',
  'stakeholder',
  'stakeholders',
  // Governance
  'agile',
  'good governance',
  'clean government',
  'clean and good governance',
  'open government',
  'rightsizing',
  'right sizing',
  'delayering',
  'reward and punishment',
  'reward',
  'punishment',
  'whistleblowing system',
  'whistle blowing system',
  'whistleblowing',
  'whistleblower',
  // People and culture
  'mindset',
  'core values',
  'core value',
  'employer branding',
  'branding',
  'tagline',
  'role model',
  'change agent',
  'change agents',
  'change management',
  'leadership',
  'talent pool',
  'talent management',
  'succession plan',
  'succession planning',
  'career path',
  'coaching clinic',
  'coaching',
  'mentoring',
  'counseling',
  'counselling',
  'on the job training',
  'in house training',
  'in-house training',
  'knowledge management',
  'knowledge sharing',
  'workshop',
  'focus group discussion',
  'public hearing',
  // Public service
  'mystery shopper',
  'mystery shopping',
  'one stop service',
  'one-stop service',
  'front office',
  'back office',
  'call center',
  'help desk',
  'helpdesk',
  'customer service',
  'smart city',
  // Electronic government
  'e-government',
  'e-gov',
  'e-budgeting',
  'e-planning',
  'e-procurement',
  'e-purchasing',
  'e-catalogue',
  'e-catalog',
  'e-office',
  'e-service',
  'e-services',
  'e-learning',
  'e-mail',
  'email',
  'online',
  'offline',
  'website',
  'dashboard',
  'database',
  'big data',
  'open data',
  'data center',
  'cloud computing',
  'single sign on',
  'single sign-on',
  'hardware',
  'software',
  'server',
  'user',
  'password',
  'upload',
  'download',
  'update',
  'link',
  'chatbot',
];
