import type { AnswerPair } from './types'

/**
 * Blind hold-out pairs, written without reference to the scorer. Most pairs (39 of 48) pair two
 * different stories told by different people; the rest tell one story twice. In every pair the
 * better answer is better overall and on the labelled criterion.
 */
export const BLIND_PAIRS: AnswerPair[] = [
  // ───────────────────────────── structure ─────────────────────────────
  {
    id: 'blind-01',
    trick: 'chronological-ramble-no-result',
    question: 'Tell me about a time you had a conflict with a colleague.',
    competency: 'earn-trust',
    targetLevel: 'Senior',
    criterion: 'structure',
    better: `Last spring I was the tech lead on our payments API, and our mobile lead, Priya, and I disagreed about versioning. She wanted to ship breaking changes behind a new v2 path straight away; I wanted a six-week deprecation window because three partner integrations still called v1. The task was to get the new refund flow out before Black Friday without stranding those partners. I asked Priya for thirty minutes and brought a table: each partner, their last deploy date, and who owned the contact. Seeing it laid out, she agreed that only one partner was a real risk, not all three. So we split it. I built a shim that translated v1 refund calls into v2, and she shipped the mobile changes on her original date. I phoned the risky partner's engineer myself and we booked their migration for the second week of November. Refunds launched on 2 November, all three partners had migrated by the 20th, and we had no failed refund calls over the holiday weekend. Most of the heat had come from arguing in Slack threads; once we had the same table in front of us, the disagreement got small. I bring the table first now.`,
    worse: `So this was at my previous company, which was a fintech, about two hundred people, and we'd just moved offices, which was a whole thing. There was a designer on my team, Jonas, and he and I had different working styles, he liked to stay in Figma for ages and I like to get stuff into code. Then there was the reorg, which meant our PM left and we got a new PM, who was great but new. Anyway, Jonas and I had a few tense standups, and at one point he said something in a retro and I said something back. Then later there was the onboarding redesign, which he'd been working on, and I had opinions about that as well, and the new PM sort of had to weigh in. And we got coffee at some point. We're still in touch actually, he's at a startup now.`
  },
  {
    id: 'blind-02',
    trick: 'all-situation-no-action',
    question: 'Tell me about a time you failed.',
    competency: 'learning-from-failure',
    targetLevel: 'Staff',
    criterion: 'structure',
    better: `In 2022 I owned the churn model our retention team used to decide who got a discount offer. I'd retrained it on a new feature set, it looked better offline, and I shipped it without a holdout group. Within a month discount spend was up about 40% and churn hadn't moved. That was my failure: I skipped the experiment because I was confident. I rolled back to the old model the afternoon I saw the finance report, then set up a proper test, with 10% of eligible customers held out for four weeks. The test showed the new model was better at finding people who would leave, but those people mostly left anyway, discount or not; the old model happened to target people a discount could actually keep. I rebuilt the targeting around uplift rather than churn risk, which took another six weeks, and that version cut discount spend by a fifth against the original baseline with the same retention. Nothing that changes who gets money goes out without a holdout now, and I put that rule into our team's model launch checklist so it doesn't depend on me remembering.`,
    worse: `The failure I'd talk about is the launch of our reporting dashboard at my last job. It was a really difficult environment. Leadership had changed twice that year, the roadmap kept shifting, and engineering was stretched thin across three initiatives. The design team was going through a rebrand at the same time, so the mockups kept changing. Sales had promised the dashboard to a couple of large customers before we'd even scoped it. There was pressure from all sides and honestly the timeline was never realistic given everything that was going on. It was a tough period for the whole team and a lot of people were frustrated. Looking back, it was a perfect storm.`
  },
  {
    id: 'blind-03',
    trick: 'lesson-first-scrambled-order',
    question: 'Tell me about a time you had to make progress when the goal was unclear.',
    competency: 'bias-for-action',
    targetLevel: 'Senior PM',
    criterion: 'structure',
    better: `When I joined the small-business team as a PM, my brief was literally "fix onboarding", with no metric and no agreed definition of onboarded. My first job was to turn that into something we could measure. In my first week I pulled sign-up data and found that 61% of new accounts never connected a bank feed, and the ones that did were four times as likely to be paying at day 30. So I proposed to my director that "onboarded" meant "bank feed connected within seven days", and that we'd judge the quarter on it. She agreed. I then ran five customer calls, saw people getting stuck on the bank-permission screen, and worked with our designer to move the feed step ahead of profile setup, with a "do this later" option for everything else. We shipped it in three weeks behind a flag to half of new sign-ups. Seven-day connection went from 39% to 52% in the test group, and we rolled it out to everyone. What I carry from it: when the brief is vague, I write down a definition and ask someone senior to disagree with it, rather than waiting for one to arrive.`,
    worse: `The big lesson for me was about writing down a definition and getting someone to disagree with it. That was really key. And the number went to 52%, from 39% I think, in the test group, which was good. That was after the three weeks. Before that, though, I should say I'd joined the small-business team, and the brief was "fix onboarding". Oh, and we'd moved the bank feed step, the designer and I, which came out of the calls. There were five calls. Actually the data came first, the 61% who never connected a bank feed. Then my director agreed the definition, which was the seven days thing, connected within seven days. And we rolled it out to everyone in the end. So yes, the lesson was the definition part, like I said.`
  },
  {
    id: 'blind-04',
    trick: 'actions-without-context-or-result',
    question: 'How do you decide what your team works on when everything is urgent?',
    competency: 'deliver-results',
    targetLevel: 'Engineering Manager',
    criterion: 'structure',
    better: `I'll answer with a specific week, because that's where my approach actually got tested. Last October my team of seven had three "urgent" asks land together: a finding from a penetration test, an SSO feature sales had promised a prospect, and a spike in timeouts on our export service. My job was to pick an order and be able to defend it. I judged each on two things, what happens if we do nothing for a fortnight and who gets hurt, and wrote that up on one page. The pen-test finding was only exploitable by an authenticated admin, so it was less urgent than it sounded. The timeouts were hitting about 800 customers a day. SSO mattered for a big deal, but the prospect's own go-live was in January. So timeouts went first with two engineers, the security fix ran in parallel with one engineer because it was small, and SSO started the following week. I sent the page to sales and the security lead before we started, so nobody found out by surprise. The timeouts were fixed in four days, the security fix shipped on day six, and SSO landed in early December, ahead of the prospect's date. We still use that one-page format whenever priorities collide.`,
    worse: `I pulled the crash reports into a spreadsheet. I moved Ana and Felix onto the login crash. I told the PM the dark-mode work would slip. I held the release train for a day. I wrote the incident note. I paired with Felix on the fix for a couple of hours. I pinged support twice a day. I updated the roadmap in Jira. I moved the accessibility tickets to the next sprint. I ran the retro on the Friday. I also sent a summary to my director. That's roughly how I handle it.`
  },
  {
    id: 'blind-05',
    trick: 'too-short',
    question: 'Tell me about delivering something under a tight deadline.',
    competency: 'deliver-results',
    targetLevel: 'Senior',
    criterion: 'structure',
    better: `Sure. A couple of years ago Colorado changed its delivery-fee rules with about five weeks' notice, and our checkout would have charged orders shipping there wrong from July 1. I was the engineer on checkout, so getting it right by the deadline was on me. First I read the actual rule change with our finance lead, because the summary we'd been sent left out the retail delivery fee entirely. Then I cut scope hard. I didn't touch the general tax engine; I added a Colorado-only rule behind a flag, and I wrote test cases from finance's own spreadsheet of forty real orders. I had it on staging in week three, finance checked twenty orders by hand, and I turned the flag on at midnight on June 30. We had zero mis-charged orders in July, and the refactor to fold it into the engine happened in August without a deadline hanging over it. The part I'd repeat is testing against finance's spreadsheet rather than my own reading of the law.`,
    worse: `We had a tight deadline for a compliance change. I worked late a few nights, we got it done, and the launch was fine. Pretty stressful, but we made it.`
  },
  {
    id: 'blind-06',
    trick: 'few-i-clear-star-vs-i-heavy-shapeless',
    question: 'Tell me about something you owned end to end.',
    competency: 'ownership',
    targetLevel: 'Staff',
    criterion: 'structure',
    better: `Context first: in early 2023 the build pipeline for our monorepo took 48 minutes on average, and releases were queuing behind it. The platform group, four of us, was asked to get it under fifteen minutes by the end of the quarter without dropping any tests. The plan was mine, and its first rule was to measure before touching anything. A week of tracing showed that 70% of the time went on rebuilding packages nobody had changed. So the work went in three steps: remote caching for build outputs, then test selection based on the dependency graph, then splitting the slowest integration suite across runners. Each step shipped on its own, with a before-and-after number posted in the engineering channel. By week ten the median build was eleven minutes and the 95th percentile was nineteen. Release queueing stopped coming up at the weekly ops review. The habit it left behind: any speed-up project starts with a week of measurement and nothing else, even when the fix looks obvious.`,
    worse: `I think I'd talk about the logging migration. I did a lot of work on that. I looked at the agents, I looked at the costs, I think I also talked to the mobile folks at some point. I was quite involved. I remember I wrote a doc. I presented it too. I'd say I was kind of the go-to person for it. I spent a lot of time on it, I mean months. I also helped with on-call during that period, which was busy. I set up some dashboards as well. I'm proud of it.`
  },

  // ───────────────────────────── ownership ─────────────────────────────
  {
    id: 'blind-07',
    trick: 'observer-in-the-room',
    question: 'Tell me about a production incident you were involved in.',
    competency: 'ownership',
    targetLevel: 'Senior',
    criterion: 'ownership',
    better: `In March our primary Postgres ran out of disk at 2 a.m. on a Saturday and checkout went down. I was on call. I got paged at 2:04, confirmed from the metrics that write-ahead log files were piling up because a replication slot for a decommissioned replica was still active, and dropped the slot at 2:19 after checking with the DBA on the bridge. Disk usage fell from 100% to 61% within ten minutes and checkout recovered at 2:31, so about 27 minutes of downtime. The root cause was ours, since nobody had cleaned up the slot when the replica was retired, so I wrote the postmortem myself and took two of the actions: an alert when a replication slot falls more than 1 GB behind, and a step in the decommission runbook to drop the slot. Both were in place within a week. The alert has fired once since, in July, for a different stale slot, and we dropped it during business hours with no customer impact.`,
    worse: `We had a big database outage one weekend, disk full, and checkout was down for most of an hour. I was on the incident bridge the whole time and I saw how the on-call engineer worked through it. I watched them find the replication slot issue, and I was in the postmortem meetings afterwards where the team went through the timeline. I saw first-hand how important good runbooks are, and I was there when they agreed to add new alerting. It was a really valuable experience to be part of, and I got a lot out of being close to it.`
  },
  {
    id: 'blind-08',
    trick: 'doing-as-told',
    question: 'Tell me about a time you went beyond what you were asked to do.',
    competency: 'beyond-assigned',
    targetLevel: 'Senior',
    criterion: 'ownership',
    better: `I was a support team lead, and my goal for Q2 was to bring first-response time down. While working on that I noticed that about a fifth of our tickets came from customers who couldn't find the invoice download, because it had moved in a redesign. Nobody had asked me to look at product issues, but I pulled three months of tagged tickets, wrote a one-pager with screenshots and the ticket count, and booked twenty minutes with the billing PM. She hadn't known. I offered to write the in-app help text myself so it wouldn't wait for a design cycle, and drafted it that afternoon. The invoices link went back into the account menu two sprints later. Invoice tickets fell from roughly 300 a month to about 40, which did more for first-response time than anything else we tried that quarter. I've sent product a monthly "top five avoidable tickets" note ever since, and two fixes have come out of it.`,
    worse: `I was a support team lead, and for Q2 I was asked to bring first-response time down. My manager mentioned that a lot of tickets seemed to be about invoices and asked me to pull some numbers, so I did. She passed them on to the billing PM, who asked support to draft some help text, and I was assigned that, so I wrote it as requested. Product moved the invoice link back a couple of sprints later when it came up on their roadmap. Invoice tickets went down quite a bit after that. I was glad to help wherever I was asked.`
  },
  {
    id: 'blind-09',
    trick: 'vague-we',
    question: 'Tell me about a time you influenced a team you did not manage.',
    competency: 'earn-trust',
    targetLevel: 'Staff',
    criterion: 'ownership',
    better: `At my last company the mobile and web teams each ran their own feature-flag system, and flags were leaking; we found one that had been "temporary" for three years. I had no authority over either team. I started by writing up the cost: four incidents in a year traced to stale flags, with the postmortem links. Then I went to each team lead separately, not in a big meeting, and asked what they'd need in order to give up their own system. Web wanted per-user targeting; mobile needed flags to work offline. I built a prototype on our existing config service that did both, and paired with one engineer from each team for a week so it wasn't my thing landing on them. I proposed a rule that every flag gets an owner and an expiry date, with a CI check that fails once it's past, and I let the two leads present it at architecture review, because it would stick better coming from them. Both teams migrated within the quarter, we deleted 140 dead flags, and there were no flag-related incidents the following year.`,
    worse: `We had a problem with inconsistent event names across the product teams, so we got everyone aligned on a single tracking plan. We did a lot of socialising, we built a prototype, and we got buy-in from the leads. We agreed some governance around who owns which events, and we rolled it out over a couple of quarters. We cleaned up a lot of old events and things were much better after that. It was a really good example of us working across team boundaries and bringing people along.`
  },
  {
    id: 'blind-10',
    trick: 'few-i-strong-vs-i-heavy-bystander',
    question: 'Describe a time you took ownership of a problem nobody else was handling.',
    competency: 'ownership',
    targetLevel: 'Principal',
    criterion: 'ownership',
    better: `The certificate estate was the problem: 2,300 TLS certificates across three clouds, renewed by hand from a spreadsheet, and two customer-facing outages in 2021 caused by expiries. No team owned it. Security thought platform did; platform thought security did. The first move was a short proposal to both directors naming one owner, platform, and offering to lead the work personally for six months before handing it over. Next came the inventory: a scanner across all three clouds, which found 400 certificates missing from the spreadsheet. Automated renewal followed, through ACME where the provider supported it and a scripted workflow where it didn't, with alerts at 30 and 7 days. The handover to the platform team happened in month five, with a runbook and an on-call rotation they designed themselves. Since then, zero expiry outages in over two years, and the spreadsheet is archived. Looking back, naming an owner mattered more than the tooling; the scanner would have rotted without one.`,
    worse: `I was really involved in the Log4j response at my company. I joined the channel where people were coordinating, I raised it in a couple of retros, and I flagged to my manager that someone should own dependency scanning going forward. I also shared a good article about software bills of materials. I was on the thread when the first exploit attempts showed up and I helped by checking which of our services were listed. I'd say I was one of the people who cared most about it. I'm really passionate about security.`
  },
  {
    id: 'blind-11',
    trick: 'manager-decided-i-went-along',
    question: 'Tell me about a time you disagreed with your manager.',
    competency: 'disagree-and-commit',
    targetLevel: 'Senior',
    criterion: 'ownership',
    better: `My manager wanted to remove the export button from our free tier to push upgrades. I'm a product designer, and I thought it would cost us more trust than it would earn in revenue. Rather than just argue in the meeting, I pulled session recordings and found that most free users who exported were teachers sharing one file with a class, not people likely to pay. I mocked up an alternative: keep export, but add a watermark and a "remove watermark" upgrade prompt. I took both options to her with the data and asked if we could test them. She doubted the watermark would convert, but agreed to a two-week A/B test. Her version did convert slightly better, about 0.4 points more upgrades, but it tripled support tickets and cut weekly active free users by 9%. We shipped the watermark version. I also committed to her goal: I designed the upgrade prompt myself and we iterated on it twice. I stopped arguing taste after that and started turning up with an experiment design.`,
    worse: `My manager and I disagreed about moving our team from Scrum to Kanban. She wanted to switch, and I thought sprints gave us useful structure. In the end she made the call. She set up the new board, ran the first few sessions, and handled the conversation with the other teams about how planning would change. I went along with it and did my tickets the new way. It turned out fine, mostly. I think it's important to respect your manager's decision even when you don't agree with it.`
  },
  {
    id: 'blind-12',
    trick: 'buzzword-verbs',
    question: 'Tell me about a time you went out of your way for a customer.',
    competency: 'earn-trust',
    targetLevel: 'Senior PM',
    criterion: 'ownership',
    better: `A mid-sized logistics customer emailed our CEO saying they'd leave at renewal because route exports kept timing out for their largest depot. It came to me as the PM for exports. I rang their operations manager the same day and asked her to share her screen while she ran the export, which is how I found the timeout only hit files over 50,000 rows, and they were the only customer that big. Instead of waiting for our general performance work, I asked for one engineer for three days to add a streamed export for large files, and I wrote the acceptance test from their actual depot file, with their permission. I sent the operations manager a build on a test account before release. It exported their largest file in 40 seconds instead of failing. They renewed two months later, and we turned streaming on for everyone once we'd seen it hold up. I now keep a short list of our five biggest accounts' worst workflows and check it at every quarterly planning.`,
    worse: `I'm extremely customer-obsessed. For one of our key accounts I drove alignment across stakeholders, I leveraged cross-functional synergies and I championed the voice of the customer at every level. I owned the end-to-end customer journey and I spearheaded a holistic solution that unlocked real value. I empowered the team to deliver at pace, I removed blockers, and I ensured a best-in-class outcome. The customer was delighted and the relationship has never been stronger.`
  },

  // ───────────────────────────── specificity ─────────────────────────────
  {
    id: 'blind-13',
    trick: 'hypothetical-would',
    question: 'Tell me about a conflict within your team and how you handled it.',
    competency: 'earn-trust',
    targetLevel: 'Engineering Manager',
    criterion: 'specificity',
    better: `Two senior engineers on my team, Marcus and Lin, were stuck in a code-review standoff. Marcus kept blocking Lin's pull requests on the new billing service over naming and style, and Lin had stopped asking him for reviews, which meant billing code was going in with a single reviewer. I found out in a one-on-one in September when Lin said she was thinking of moving teams. I talked to each of them separately that week. Marcus genuinely believed naming mattered for a service other teams would call; Lin felt he was using reviews to relitigate the design. Both were partly right. I asked them to write the service's naming conventions together, in one doc, in one afternoon, with me in the room only for the first fifteen minutes. After that, review comments not covered by the doc were suggestions, not blockers. Review time on billing went from about three days to under one, Lin stayed, and Marcus later proposed the same approach for two other services. I ask for written conventions at the start of any shared service now, before anyone has a grudge.`,
    worse: `If two people on my team were in conflict, I would first speak to each of them one-on-one to understand their perspectives. I'd look for the underlying interests rather than their positions. Then I would bring them together in a neutral setting and facilitate a conversation. I'd try to find common ground and agree clear working norms. I would follow up afterwards to make sure the relationship was improving, and if it wasn't, I'd involve HR as appropriate. I think conflict can be healthy if it's managed well.`
  },
  {
    id: 'blind-14',
    trick: 'usually-generalities',
    question: 'How do you decide what to build next when you have more requests than capacity?',
    competency: 'deliver-results',
    targetLevel: 'Senior PM',
    criterion: 'specificity',
    better: `I'll give you the last time I actually had to do it. In Q1 this year I had 37 requests on our feedback board for the scheduling product and capacity for maybe four. I grouped them by the problem underneath rather than the feature asked for, and that collapsed them into nine problems. For each one I pulled how many paying accounts had raised it and checked whether any of our top twenty accounts were at renewal risk because of it. Recurring appointments came out clearly ahead: 112 accounts, including three renewals due in Q2. Second was calendar sync failures, fewer accounts but about 15% of our support tickets. I wrote a one-page ranking with the reasons and shared it with sales and support before planning, and I told the sales lead straight away which of her asks weren't making it and why. We shipped recurring appointments in March and all three renewals closed. So I don't run a scoring formula. I look for the problem under the requests, then ask who's at risk if we wait.`,
    worse: `Generally I use a framework like RICE, so reach, impact, confidence and effort. I usually start by gathering input from stakeholders, then I score everything, and typically the top items go onto the roadmap. I tend to revisit priorities every quarter. I normally try to balance customer requests with tech debt and a few strategic bets. It usually works well, and people tend to appreciate the transparency of having a framework.`
  },
  {
    id: 'blind-15',
    trick: 'buzzwords-no-event',
    question: 'Tell me about a time you had to deal with a lot of ambiguity.',
    competency: 'bias-for-action',
    targetLevel: 'Staff',
    criterion: 'specificity',
    better: `In my second month, our head of product asked me to "look into using AI for search". No success metric, no budget, no team. I gave myself two weeks to turn it into a decision. First I took 500 real queries from the logs that had returned zero results and labelled them by hand with a colleague from support. That took two days and showed about 60% were synonyms or misspellings, nothing that needed a language model. So I split the ask: a quick win with a synonym list and fuzzy matching, which I built in a week, and a later question about semantic search. The quick win cut zero-result searches from 11% of queries to 6%. I wrote a two-page note recommending we park the model work until the remaining failures justified it, with the labelled set attached so anyone could check my reasoning. The head of product agreed. The semantic search project did start the following year, and it used my labelled set as its first evaluation.`,
    worse: `Ambiguity is something I genuinely thrive in. In a fast-paced environment, I leverage a data-driven, first-principles approach to create clarity. I align stakeholders around a north star, break down the problem space, and iterate rapidly with an MVP mindset. By fostering a culture of experimentation and psychological safety, I empower teams to move from ambiguity to impact. For me it's about bias for action balanced with strategic thinking.`
  },
  {
    id: 'blind-16',
    trick: 'composite-of-many',
    question: 'Tell me about someone you mentored.',
    competency: 'beyond-assigned',
    targetLevel: 'Staff',
    criterion: 'specificity',
    better: `Last year I mentored Dani, a mid-level engineer who'd just moved from QA into backend. Her manager asked me to help because her pull requests kept getting sent back for the same reasons. In our first session I asked to see her last five rejected PRs, and the pattern was obvious: she was writing good code but never explaining why, so reviewers assumed she hadn't thought about edge cases. We agreed on one thing to try. Every PR description would answer "what could break" in three lines. I reviewed her next ten PRs for that alone and nothing else. By the end of the month her PRs were being approved first time about as often as anyone's on the team. Then I asked her to lead the design review for a small rate-limiting change, and I sat in without speaking. She was promoted to senior in the spring cycle. Honestly, in the first two sessions I talked too much; I was only useful once I narrowed it to one habit at a time.`,
    worse: `I've mentored lots of people over the years: interns, new grads, people switching into engineering from other roles. With all of them I try to meet weekly, set goals, and give honest feedback. Some needed help with code quality, some with communication, some with confidence. Several of my mentees have gone on to be promoted, and a few still reach out to me for advice. I really enjoy seeing people grow, and mentoring is one of the most rewarding parts of the job for me.`
  },
  {
    id: 'blind-17',
    trick: 'vague-some-dashboard',
    question: 'Tell me about a time a metric looked fine but something was wrong.',
    competency: 'dive-deep',
    targetLevel: 'Senior',
    criterion: 'specificity',
    better: `Weekly active users for our budgeting app sat flat at around 210,000 through autumn 2022, and the exec dashboard showed it green. I was the analyst supporting the growth team, and while building a cohort chart for something else I noticed that week-four retention for new users had slipped from 34% to 26% over three months. Actives only looked flat because a bank partnership was pouring in new sign-ups that hid the losses. I traced the drop to the week we'd made bank connection mandatory at sign-up: users whose bank we didn't support were simply leaving. I took the cohort chart and a breakdown by bank to the growth PM, and we removed the mandatory step for unsupported banks within two weeks. Week-four retention was back to 32% by January. I also put a retention-by-cohort panel next to weekly actives on the exec dashboard, so a flat headline number can't hide that kind of drop again.`,
    worse: `There was a time when some dashboard looked fine but things weren't quite right underneath. I think it was engagement, or something like that. Anyway, I had a feeling something was off, so I looked into the data a bit more, and it turned out there were some issues with a segment of users. We made some changes and it got better after a while. It taught me to always look beneath the surface of the numbers.`
  },
  {
    id: 'blind-18',
    trick: 'values-statement-same-story',
    question: 'Give me an example of putting the customer first when it cost you something.',
    competency: 'earn-trust',
    targetLevel: 'Engineering Manager',
    criterion: 'specificity',
    better: `In 2023 I managed the team that owned our public API. Three weeks before the planned launch of v3, our developer relations lead told me a small agency building on us had found that v3's new pagination silently dropped records when items were deleted mid-scan. It affected maybe a dozen integrators, none of them big. Shipping on time mattered; marketing had an event booked around it. I pushed the launch back two weeks, told our VP myself with the reproduction attached, and put two engineers on switching to cursor-based pagination. I also emailed the agency's lead developer directly to thank her, and asked her to test the fix before anyone else. We launched on the new date, and marketing ran the event as a preview instead. We've had no reports of missing records from v3 since, and that agency has sent us two more bug reports they probably wouldn't have bothered with otherwise.`,
    worse: `For me the customer always comes first, even when it's hard. On the API team we had a launch coming up and there were some concerns from customers about pagination, so we took them seriously. I believe in listening to developers and putting quality ahead of deadlines. We made some changes and delayed a little, which wasn't popular with everyone, but it was the right thing to do. I always try to build trust with customers by being transparent with them.`
  },

  // ───────────────────────────── measurableResult ─────────────────────────────
  {
    id: 'blind-19',
    trick: 'fake-scale-numbers',
    question: 'Tell me about a project you are proud of.',
    competency: 'deliver-results',
    targetLevel: 'Senior',
    criterion: 'measurableResult',
    better: `I rebuilt the notification service at a food delivery startup in 2021. The old one sent push notifications from the same queue as order processing, so at dinner peak, "your driver is here" messages arrived on average four minutes late, often after the driver had given up and left. I owned the project, with one other engineer. We moved notifications onto their own queue with a priority lane for time-critical messages, and I added delivery receipts so we could measure latency end to end for the first time. At peak, median delivery for driver-arrival notifications went from 4 minutes 10 seconds to 6 seconds, and "couldn't find driver" support contacts fell from around 1,900 a week to about 700. Within a month the driver app team was using the priority lane for their own alerts.`,
    worse: `I'm proud of the onboarding revamp I led. It was a big cross-team effort with design, engineering and marketing all involved. By the end, team velocity went from 3 to 8, stakeholder satisfaction went from a 4 to a 9 out of 10, and our internal delight score rose by 45 points. The team's morale index hit an all-time high. It was a huge success on every metric we tracked, and leadership noticed.`
  },
  {
    id: 'blind-20',
    trick: 'result-in-words-vs-vague',
    question: 'Tell me about a time you improved a process.',
    competency: 'dive-deep',
    targetLevel: 'Engineering Manager',
    criterion: 'measurableResult',
    better: `When I took over the QA and release team, getting a mobile release from code freeze into the stores took nine working days, mostly because regression testing was a manual checklist of around four hundred steps run by two people. I sat with the testers through two full release cycles and timed each section. Roughly half the steps covered screens that hadn't changed in over a year and never failed. I proposed moving those to a monthly run, and got two engineers for six weeks to automate the thirty flows that did break often: login, payments and the basket. The testers chose the order, since they knew where the bugs lived. By the end of the quarter, freeze-to-store was down from nine days to three, we'd gone from releasing monthly to fortnightly, and hotfixes after a release had roughly halved. The two testers moved onto exploratory testing of new features, which is where they'd wanted to be all along.`,
    worse: `I took over a release process that was really slow and painful. I worked with the team to streamline it and brought in some automation where it made sense. We made it a lot faster and much more reliable, and the team was much happier. Releases became way more frequent and there were significantly fewer problems afterwards. Everyone agreed it was a big improvement on what we'd had before, and it's still running that way.`
  },
  {
    id: 'blind-21',
    trick: 'numbers-without-baseline',
    question: 'Tell me about a time you delivered a significant result.',
    competency: 'deliver-results',
    targetLevel: 'Senior PM',
    criterion: 'measurableResult',
    better: `Last year I owned checkout for our online pharmacy. Abandonment at the insurance-details step was 38%, against 12% at the step before it. I watched twenty session recordings and saw people leaving to hunt for their insurance card. We added a "skip, we'll ask your pharmacist" option and a photo upload for the card. I set up the test myself: a 50/50 split for three weeks, with abandonment at that step as the primary metric and completed orders as the guardrail. Abandonment at the insurance step dropped from 38% to 21%, and completed orders rose 9% in the test group. Pharmacist follow-up calls went up as a side effect, so before rolling it out to everyone I worked with the pharmacy operations lead to add forty minutes of phone coverage a day.`,
    worse: `I led a checkout redesign at a travel company. After launch we had 14,000 bookings in the first month and conversion was at 3.2%. We also picked up 2,300 positive reviews and our NPS was 41. Revenue for the quarter was $4.1 million. So the numbers were really strong across the board, and it was one of the most successful launches the team had done.`
  },
  {
    id: 'blind-22',
    trick: 'vague-result-same-story',
    question: 'Tell me about a time you fixed something that was slowing your team down.',
    competency: 'bias-for-action',
    targetLevel: 'Staff',
    criterion: 'measurableResult',
    better: `When I joined as a staff engineer, new hires were taking about two weeks to get their first change into production, mostly fighting a local setup that needed eleven services running on a laptop. With their permission, I shadowed the next three new starters and logged every blocker they hit. Most of it came down to three things: a broken seed script, secrets handed out by Slack message, and one service that only ran on Intel Macs. I fixed the seed script in the first week, moved secrets into our vault behind a one-line fetch command, and set up a shared remote environment for the services nobody changed locally. Then I asked the next new starter to follow the README without help while I watched. Her first deploy happened on her second day. Over the next six months every new hire shipped within two days, down from about two weeks, and setup questions in the help channel dropped to roughly a quarter of what they had been.`,
    worse: `When I joined as a staff engineer, new hires were taking a long time to get their first change into production, mostly fighting a local setup that needed lots of services running. I looked into the blockers and found a broken seed script, secrets being handed out over Slack, and a service that didn't run on newer Macs. I fixed the seed script, moved the secrets into our vault, and set up a remote dev environment. After that, onboarding was much smoother and new people got up to speed a lot quicker. People really appreciated it.`
  },
  {
    id: 'blind-23',
    trick: 'vanity-metrics',
    question: 'Tell me about a time you had to show that something was actually working.',
    competency: 'dive-deep',
    targetLevel: 'Staff',
    criterion: 'measurableResult',
    better: `Our help centre redesign launched in 2022 and the content team was celebrating because page views were up 60%. I was asked to write up the impact, and I wasn't comfortable using page views; more views could just mean people couldn't find answers. The redesign was meant to reduce support contacts, so I matched help-centre sessions to tickets opened by the same user within 24 hours. Before the redesign, 18% of sessions ended in a ticket. After it, 23%. The new search was ranking marketing articles above how-to articles. I shared that with the content lead, she reweighted the search, and four weeks later the rate was 14%, lower than before the redesign, which worked out to about 1,100 fewer tickets a month. The write-up I sent used that number, not page views.`,
    worse: `I led the measurement for our new docs site. After launch, page views were up 85%, average time on page went over three minutes, and we had more than 40,000 unique visitors in the first month. Our social post announcing it got 1,200 likes. Clearly the new site was a success, and leadership was really happy with the numbers we reported.`
  },
  {
    id: 'blind-24',
    trick: 'we-made-it-in-the-end',
    question: 'Tell me about a time you had to deliver under a hard deadline.',
    competency: 'deliver-results',
    targetLevel: 'Engineering Manager',
    criterion: 'measurableResult',
    better: `We had a regulator's deadline, 30 June, to let customers of our banking app export their full transaction history in a machine-readable format. I was the engineering manager, and when I picked it up in April we had one engineer on it and a plan that needed four months. I cut it to what the regulation actually required: CSV only, seven years of history, no custom date ranges at launch. I borrowed two engineers from another team for six weeks, agreed with their manager what she'd get in return, and we ran weekly demos for compliance so they could check against the rule as we went. We shipped on 21 June, nine days early. In the first month 3,400 customers used it, fewer than half a percent of exports failed, and compliance signed it off with no findings. PDF export and custom ranges followed in August.`,
    worse: `We had a tight regulatory deadline for handling data deletion requests. There was a lot of pressure, and the team really pulled together. We put in some long days and made some tough calls on scope along the way. In the end we got it over the line and the regulator was happy with where we landed. It was a great example of the team rising to the challenge when it counted.`
  },

  // ───────────────────────────── scope ─────────────────────────────
  {
    id: 'blind-25',
    trick: 'titles-instead-of-scope',
    question: 'Tell me about the most significant impact you have had.',
    competency: 'deliver-results',
    targetLevel: 'Staff',
    criterion: 'scope',
    better: `The most significant thing was consolidating how our company runs database migrations. We had 34 services across six teams, each with its own migration tooling, and in 2022 two outages came from migrations locking busy tables. I wrote the proposal for a shared migration runner with online schema changes and a lock-timeout guard, built the first version with one engineer from the data team, and moved my own team's services first to prove it. Then I ran office hours and did the first migration with each of the other five teams in person. Within three quarters all 34 services used it. Migration-caused incidents went from two that year to none the next, and a large schema change went from needing a scheduled weekend window to being a normal weekday deploy. It changed how about ninety engineers ship database changes.`,
    worse: `The most significant impact I had was on our observability strategy. I presented it to the VP of Engineering and the CTO, and it got real visibility at the all-hands. It was a company-wide, org-level initiative, and it was referenced in the board deck that quarter. Several directors described it as strategic. It was very high-profile, and I got a lot of exposure to senior leadership through it.`
  },
  {
    id: 'blind-26',
    trick: 'team-local-scope-for-principal',
    question: 'Tell me about a technical decision you made that had wide impact.',
    competency: 'dive-deep',
    targetLevel: 'Principal',
    criterion: 'scope',
    better: `In 2023 I led the decision to move the company off our self-managed Kafka estate onto a managed service. It touched fourteen product teams and about 200 topics, and it meant a multi-year contract, so it wasn't mine alone to make; my job was to make the decision possible. I spent six weeks building the case: three years of incident data showing Kafka operations were eating roughly two engineers' time, a cost model our finance partner checked line by line, and a trial migration of our three busiest topics to prove latency held. I also wrote down what we'd lose, some custom tooling and control over upgrade timing, and took that to the CTO's staff meeting alongside the case for it. We agreed a nine-month migration with an explicit rollback point at month three. I set the sequencing across teams and chaired a fortnightly migration review. All fourteen teams were across by month eight, the two engineers moved onto the data platform roadmap, and we've had one broker-related incident since, against seven the year before.`,
    worse: `I decided to switch our team's service from REST to gRPC for internal calls. Our p99 latency between the order service and the pricing service was around 120 milliseconds and I suspected serialisation was most of it. I prototyped it, benchmarked it, and got it down to 45 milliseconds. I wrote it up for my team, we rolled it out over two sprints, and it's been stable since. It was a good call and the team was happy with it.`
  },
  {
    id: 'blind-27',
    trick: 'ic-heroics-for-manager',
    question: 'Tell me about your biggest accomplishment as a manager.',
    competency: 'ownership',
    targetLevel: 'Engineering Manager',
    criterion: 'scope',
    better: `Taking over a team of eight that had lost its manager and two seniors in one quarter, and getting it delivering again. When I arrived in January they'd missed their last three quarterly commitments and two more people were interviewing elsewhere. I held one-on-ones with everyone in my first two weeks and heard the same thing from all of them: they kept getting pulled into other teams' incidents and never finished anything. I negotiated with the two neighbouring managers to put our on-call onto a shared rotation, which cut our pages roughly in half. I hired two seniors by April, and I promoted one of our mid-levels, Sam, to tech lead rather than hiring one in. We hit all three commitments in Q2 and again in Q3. Nobody else left that year, and our engagement score for "I can do my best work here" went from 48% favourable to 81%.`,
    worse: `My biggest accomplishment was probably when our main service went down on a Friday night and I jumped in, found the bug in a connection pool, and fixed it myself by about 1 a.m. Nobody else on the team had the context, so I just did it. I also rewrote the deployment scripts that weekend so it wouldn't happen again. The team was really grateful, and my director mentioned it in the next all-hands.`
  },
  {
    id: 'blind-28',
    trick: 'senior-titles-same-story',
    question: 'Tell me about a product launch you led.',
    competency: 'deliver-results',
    targetLevel: 'Senior PM',
    criterion: 'scope',
    better: `I led the launch of shared budgets in our personal finance app, letting two people manage one budget together. It was my call to launch to couples first rather than households or flatmates, because our research showed couples made up 70% of the requests. I worked with four engineers, a designer and the data science team on joint-account sync. We launched in September to all 1.2 million monthly active users in the UK. Within eight weeks, 96,000 pairs had set up a shared budget, and 90-day retention for people in a shared budget was twelve points higher than for solo users. It also reshaped our paid plan: shared budgets became the top reason people gave for upgrading, so the pricing team rebuilt the premium tier around it the following spring.`,
    worse: `I led the launch of shared budgets in our personal finance app. It was a really high-visibility launch. I presented the roadmap to the CEO and the board, and the Chief Product Officer called it one of the most strategic bets of the year. It was mentioned at the company all-hands and in our investor update. It was an org-wide priority, and I worked closely with senior leadership the whole way through.`
  },
  {
    id: 'blind-29',
    trick: 'own-team-fix-for-staff',
    question: 'Tell me about a time you improved things beyond your own team.',
    competency: 'beyond-assigned',
    targetLevel: 'Staff',
    criterion: 'scope',
    better: `Sure. At my last job every team wrote its own retry logic for calling our payments provider, and when the provider had a bad hour in 2023, three teams' retries stacked up and we basically knocked ourselves over. Our outage ran about ninety minutes longer than theirs. I wasn't on any of those teams. I wrote the post-incident analysis across all three, then proposed a shared client library with backoff, jitter and a circuit breaker. I built it, but more importantly I went to each of the seven teams that called payments and did the integration PR with them, so it wasn't homework I was handing out. It took about a quarter. When the provider had another incident that autumn, we recovered within two minutes of them. And the library's now the default template for any new external integration.`,
    worse: `I noticed our team's service was logging far too much, which made the logs expensive and hard to search. So I went through the code, removed a lot of the noisy debug logging, and changed some log levels from info to debug. It cut our team's log volume by about 40%. My manager said it was a nice improvement, and a couple of people on the team thanked me for it.`
  },
  {
    id: 'blind-30',
    trick: 'trivial-task-for-senior',
    question: 'Tell me about something you delivered that you are proud of.',
    competency: 'deliver-results',
    targetLevel: 'Senior',
    criterion: 'scope',
    better: `Offline mode for our field inspection app. Our users are building inspectors who often work in basements with no signal, and the app lost their notes whenever the connection dropped; about 400 support tickets a month were some version of "lost my inspection". I proposed the work and led it with two other engineers: local storage with a sync queue, and a clear "saved on this phone" indicator so inspectors could trust it. I wrote the conflict rules myself after spending a day out with two inspectors. We shipped to all 6,000 inspectors across eleven councils in May. "Lost inspection" tickets dropped to under twenty a month, and two councils that had been threatening to go back to paper renewed their contracts.`,
    worse: `I'm proud of cleaning up our app's string resources. There were a lot of duplicate and unused strings, so I went through and removed about 200 of them and renamed the rest to a consistent pattern. It made the file a lot tidier and translations a bit cheaper, since we weren't paying for unused strings. It took me a couple of afternoons and the team liked it.`
  },

  // ───────────────────────────── reflection ─────────────────────────────
  {
    id: 'blind-31',
    trick: 'humble-brag-weakness',
    question: 'What is your biggest weakness?',
    competency: 'learning-from-failure',
    targetLevel: 'Senior',
    criterion: 'reflection',
    better: `I'm slow to ask for help. I'll sit on a problem for a day when a fifteen-minute conversation would solve it. The clearest example was last year: I spent most of three days chasing a memory leak in our React app that turned out to be a known issue in a charting library. A teammate had hit it months before and would have told me in a minute. It delayed a release by two days. What I do now is a ninety-minute rule: if I've made no progress for ninety minutes, I post in the team channel what I've tried and what I'm seeing. It felt awkward at first. It's helped, and a side effect is that those posts have become searchable notes for the team; two people have found fixes in them since. It's not gone. I still catch myself at the two-hour mark sometimes.`,
    worse: `Honestly, my biggest weakness is that I care too much about quality. I'm a perfectionist, so I'll stay late to make sure everything is pixel-perfect, and sometimes I take on too much because I really want the team to succeed. I just work too hard, I guess. My manager has actually told me I need to take more holidays! I'm working on delegating more, but it's hard when you have high standards.`
  },
  {
    id: 'blind-32',
    trick: 'lesson-without-cue-words-vs-learned-a-lot',
    question: 'Tell me about a project that did not go the way you wanted.',
    competency: 'learning-from-failure',
    targetLevel: 'Staff',
    criterion: 'reflection',
    better: `In 2022 I led a rewrite of our search indexing pipeline. I planned it as a big switch: build the new pipeline alongside the old one, then cut over in one go. It took seven months instead of three, and the cutover weekend went badly; about 4% of products were missing from search for most of the Sunday because the new pipeline handled deleted-then-restored items differently. I rolled back, we found the bug, and we cut over again two weeks later. The real mistake was mine. I'd chosen the big-bang cutover because it looked simpler on a plan, and it hid every difference between the two systems until the last day. Every migration I've run since has started in shadow mode, both systems running, outputs compared daily, a dashboard of differences, before any traffic moves. On our payment-routing migration last year that surfaced eleven differences before a single customer saw one.`,
    worse: `A project that didn't go well was our CRM integration. It ran quite late and there were some issues at launch that customers noticed. It was a tough one, but I learned a lot from it. I learned how important communication is, and I learned a lot about myself. Next time I'll definitely plan better and communicate earlier. It was a great learning experience, and I think it made me a stronger engineer overall.`
  },
  {
    id: 'blind-33',
    trick: 'blames-others',
    question: 'Tell me about a mistake you made.',
    competency: 'learning-from-failure',
    targetLevel: 'Engineering Manager',
    criterion: 'reflection',
    better: `My mistake was putting someone into a tech lead role before she wanted it. Aisha was our strongest engineer, and when our lead left I gave her the role because it was the obvious move. I did ask, but I framed it as the team needing her, so she said yes. Three months in, her own output had dropped, she was running every meeting, and in a one-on-one she told me she was miserable. That was on me: I'd filled a gap quickly instead of asking what she wanted. We agreed she'd step back to senior engineer, I took on the lead duties myself for a quarter, and we hired a lead who actually wanted to manage people. Aisha stayed, and later led our architecture guild, which suited her far better. I put roles to people differently now. I present them as an option with a real "no" available, and I wait a week for the answer.`,
    worse: `The biggest mistake on my team was a missed launch last year. Honestly, product kept changing the requirements, design delivered late, and QA didn't catch a couple of major bugs. I'd raised concerns early, but nobody listened. The launch slipped by a month and my team got blamed for it, which wasn't fair. If the other teams had done their part, we'd have been fine.`
  },
  {
    id: 'blind-34',
    trick: 'i-was-right-no-reflection',
    question: 'Tell me about a time you disagreed with your manager.',
    competency: 'disagree-and-commit',
    targetLevel: 'Senior',
    criterion: 'reflection',
    better: `My manager wanted our team to move all our data pipelines onto a new orchestration tool at once. I thought that was premature and argued for piloting it on two pipelines first. I put my case in writing, with the migration effort estimated per pipeline. She heard me out and decided to go ahead with the full migration anyway; her reasoning was that running two tools for a year was a cost of its own. I committed. I took the hardest pipelines, the finance ones, and wrote the migration guide the rest of the team used. Two of my concerns did show up, some retries behaved differently, but her point held too: a pilot would have left us maintaining both tools far longer than I'd assumed. It changed how I weigh these things. I used to count only the risk of moving, not the cost of staying split, and I now put both in any migration proposal I write.`,
    worse: `My manager wanted to migrate all our pipelines to a new orchestration tool. I told her it was a bad idea and that we should pilot it first. She didn't listen and went ahead. Sure enough, we hit a bunch of retry bugs, which is exactly what I said would happen. I made sure to point that out in the retro. In the end I was proven right, and I think she respects my judgement more now because of it.`
  },
  {
    id: 'blind-35',
    trick: 'defensive-no-change',
    question: 'Tell me about a time you received difficult feedback.',
    competency: 'learning-from-failure',
    targetLevel: 'Senior PM',
    criterion: 'reflection',
    better: `My skip-level told me after a quarterly review that my updates were "all activity, no decisions": a page of what the team had done, with the one thing I needed from leadership buried in paragraph six. It stung, because I'd thought they were thorough. I reread my last four and she was right; in two of them I'd needed a decision on headcount and never clearly asked for it. I changed the format the next week. Every update now opens with "Decisions needed", even if the answer is none, then risks, then progress, all in under a page. The first one in the new format got the headcount question answered in two days, after it had sat for five weeks. A couple of other PMs copied the template. I also ask her once a quarter whether the updates are still working, because I'd rather hear it early.`,
    worse: `I got feedback once that my updates were too long. I didn't totally agree, because I think detail is important and some people just don't read carefully. But I took it on board and tried to be a bit more concise where I could. It's always good to get feedback, and I try to be open to it. I think it made me a better communicator overall.`
  },
  {
    id: 'blind-36',
    trick: 'feedback-is-a-gift-platitude',
    question: 'Tell me about a time you had to give someone hard feedback.',
    competency: 'earn-trust',
    targetLevel: 'Engineering Manager',
    criterion: 'reflection',
    better: `One of my support team leads, Callum, was brilliant with customers, but his team's quality scores had slipped for two months and two agents had told me privately he was short with them in reviews. I put the conversation off for a few weeks, hoping the numbers would recover, which was my first mistake. When I did sit down with him, I'd planned a gentle build-up, and he cut through it and asked what I was actually getting at. So I told him plainly: two examples, what was said, and how it had landed. He was quiet, then asked whether the agents had come to me rather than to him. They had. We agreed he'd run his next reviews with a simple shape: one thing done well, one thing to change, and a question about what the agent wanted help with. I sat in on two. His team was back above target the next month. What stays with me is that the delay cost more than the conversation did; two agents spent weeks unhappy while I waited. I have these conversations within a week now, even when I'm unsure I've got it right.`,
    worse: `I had to give some feedback to a team lead who was being a bit harsh with people in reviews. I told him what I'd heard, he took it well, and things improved after that. Feedback is really important and I think it's a gift, so I always try to give it regularly and constructively. It's one of the most important parts of being a manager, in my view.`
  },

  // ───────────────────────────── fit ─────────────────────────────
  {
    id: 'blind-37',
    trick: 'success-story-for-failure-question',
    question: 'Tell me about a time you failed.',
    competency: 'learning-from-failure',
    targetLevel: 'Senior',
    criterion: 'fit',
    better: `Sure, the one that still bugs me. I shipped a change to our iOS app's login that stored the session token differently, and I only tested fresh installs, not the upgrade path. When the release went out, everyone who updated got logged out, about 180,000 people, and a lot of them couldn't get back in because they'd forgotten passwords they hadn't typed in years. Support got around 5,000 tickets in two days. I owned it in the incident channel within the hour, shipped a hotfix that migrated old tokens, and wrote the postmortem. The hotfix kept later updaters logged in, but the people already logged out stayed out. What I pushed for afterwards was an upgrade-path test in CI: it installs the previous App Store build, logs in, installs the new build, and checks the session survives. It's caught two similar bugs since, one of them mine.`,
    worse: `I'd actually talk about a time that went really well. I led the migration of our payments service to a new provider with zero downtime. I planned it in phases, ran both providers in parallel for two weeks, and shifted traffic over gradually. We saved about $300,000 a year in fees and didn't have a single failed transaction during the cutover. The team got an award for it. I think it shows how carefully I plan so that things don't fail.`
  },
  {
    id: 'blind-38',
    trick: 'peer-conflict-for-manager-question',
    question: 'Tell me about a time you disagreed with your manager.',
    competency: 'disagree-and-commit',
    targetLevel: 'Staff',
    criterion: 'fit',
    better: `My director wanted to hire a contractor team to build our new admin tool in three months. I disagreed: the tool would touch our permissions model, and I thought handing that to people who'd leave at the end was a security and maintenance risk. I asked for a proper conversation rather than arguing in planning, and brought two examples from our incident log of permission bugs in code a previous contractor had written. He listened, but the timeline was fixed by a customer commitment, and he still wanted contractors. We agreed a middle path I proposed: contractors build the interface, one of our engineers owns every change to the permissions layer, and I review the design up front. I committed fully and wrote the permissions interface spec they built against. It shipped in just over three months with no permissions findings in the security review, and when the contractors left, one engineer needed two weeks to pick up the interface code. I still think I was half right, and he was right about the deadline.`,
    worse: `I had a disagreement with a fellow engineer on my team about whether to use GraphQL or REST for our new API. I thought REST was simpler for our use case; he really wanted GraphQL. We went back and forth in the design doc for a week. In the end I suggested we each prototype one endpoint, and the REST version was clearly simpler, so he agreed. We built it with REST and it's worked well. We actually became good friends after that.`
  },
  {
    id: 'blind-39',
    trick: 'migration-story-for-how-do-you-decide',
    question: 'How do you decide between paying down tech debt and building new features?',
    competency: 'deliver-results',
    targetLevel: 'Engineering Manager',
    criterion: 'fit',
    better: `I make tech debt earn its place in the same currency as features: what it's costing us now, in weeks or incidents. The clearest example was last year. My team owned a reporting service where every new report type took about three weeks because the query layer was a tangle, and product had eight new reports on the roadmap. I showed our PM the arithmetic. Eight reports at three weeks each was most of two quarters; if we spent five weeks rebuilding the query layer first, each report would take about a week, and we'd finish sooner overall. She agreed, on condition that we shipped the two most urgent reports on the old system first, which I thought was fair. We did the rebuild, and the next six reports took between four and seven days each. Where I say no to debt work is when nobody can name what it's slowing down. "The code is ugly" doesn't make the cut on its own.`,
    worse: `At my last company we migrated our monolith to microservices. It was a two-year effort. We broke out the user service first, then billing, then notifications. We used Kubernetes and set up a service mesh, and we had to build a lot of observability along the way. There were some tricky data consistency problems with billing that we solved with an outbox pattern. By the end each service could be deployed independently, which made the team much faster.`
  },
  {
    id: 'blind-40',
    trick: 'internal-refactor-for-customer-question',
    question: 'Tell me about a time customer feedback changed what you were building.',
    competency: 'earn-trust',
    targetLevel: 'Senior',
    criterion: 'fit',
    better: `I was designing a new appointment booking flow for a chain of physiotherapy clinics. My first version, which the product manager had already signed off, showed all of a clinic's physios on one screen with their specialisms. Before build, I ran five sessions with real patients in one clinic's waiting room, with the receptionist's help finding volunteers. Four of the five didn't know what the specialisms meant, and three said they'd just want "the earliest appointment near me". That undercut the whole design. I took the recordings to the PM and the lead physio, and redesigned the flow around earliest available first, with choosing a specific physio as a secondary option. It cost an extra two weeks of design. After launch, online bookings rose from about 30% of all bookings to 55% over three months, and the clinics reported far fewer calls to reception, which they'd been asking for.`,
    worse: `I'm really proud of a refactor I did of our design system's component library. Buttons, inputs and modals had drifted into five slightly different versions each, so I audited them, consolidated everything onto one set of tokens, and wrote proper documentation in Storybook. It cut the number of components from about 140 to 60, and the engineers said it made their lives much easier.`
  },
  {
    id: 'blind-41',
    trick: 'being-mentored-for-mentoring-question',
    question: 'Tell me about a time you mentored someone.',
    competency: 'beyond-assigned',
    targetLevel: 'Principal',
    criterion: 'fit',
    better: `Over about a year I mentored Kenji, a staff engineer who'd twice been told he wasn't ready for principal because his impact stayed inside his own org. My approach was to find him a problem that forced him outside it, rather than hand him advice. The company had three different ways of doing service-to-service authentication and nobody owned fixing it. I suggested he take it on, and I agreed to be his sponsor, not his co-author: I read his drafts, but he ran the meetings. His first proposal was technically excellent and politically naive; it had two orgs deprecating their systems without anyone having talked to them. I didn't fix it for him. I asked him who would lose the most, and he went and talked to them. The final proposal was adopted across four orgs, and he was promoted to principal the next cycle. It confirmed something about mentoring at that level: the useful part is picking the problem, not answering questions.`,
    worse: `I've been lucky to have a great mentor, my old tech lead, Ruth. She taught me how to write design docs, how to push back on unrealistic deadlines, and how to think about systems rather than just code. We met every two weeks for about two years. A lot of how I work today comes from her, and I'm really grateful. I try to pay that forward whenever I can.`
  },
  {
    id: 'blind-42',
    trick: 'bad-metric-for-looked-fine-question',
    question: 'Tell me about a time a metric looked healthy but you found a problem.',
    competency: 'dive-deep',
    targetLevel: 'Senior',
    criterion: 'fit',
    better: `Our API availability sat at 99.97% for months, comfortably above our 99.9% target. I was on the reliability team, and while looking into an unrelated customer complaint about failed uploads, I noticed their errors weren't in our availability data at all. Availability was measured at the load balancer, and the upload path returned a 200 with an error in the body whenever the storage backend timed out, so those failures were invisible. I wrote a quick query over the application logs and found about 0.6% of uploads failing that way, roughly 9,000 a week. I changed the upload handler to return a proper 5xx and added a second availability measure from the client SDK's telemetry. Our headline figure dropped to 99.4% the week it went in, which was uncomfortable to explain, but it was the true number. We fixed the underlying timeout within a month and the real figure climbed back above 99.9%.`,
    worse: `Our page load time was really bad, over six seconds on mobile, and everybody knew it. I took it on, profiled the pages, lazy-loaded images, split our JavaScript bundle and moved static assets to a CDN. Load time came down to 2.1 seconds and our bounce rate dropped by 15%. It was one of the most satisfying performance projects I've done.`
  },

  // ───────────────────────────── delivery ─────────────────────────────
  {
    id: 'blind-43',
    trick: 'fillers-same-story',
    question: 'Tell me about a time you took a calculated risk.',
    competency: 'bias-for-action',
    targetLevel: 'Senior',
    criterion: 'delivery',
    better: `Last summer our team depended on an old PDF library that was unmaintained and had a known vulnerability. The proper fix was a rewrite of our invoice rendering, which we'd estimated at six weeks and kept pushing back. I thought there was a faster route: render invoices as HTML and print them to PDF with a headless browser, which we already ran for screenshots. It was a risk, because invoices are legal documents and the output would look slightly different. I built a prototype in two days, then generated the last month's invoices, about 12,000 of them, both ways, and wrote a script to compare the text and totals. Three differences came up, all rounding in one currency, and I fixed them. Finance reviewed fifty samples by eye and signed off. We switched over in under two weeks instead of six, removed the vulnerable library, and in the nine months since there's been one invoice complaint, about the size of a logo. If I did it again I'd bring finance in on day one, not day four; they had a spreadsheet of edge cases I could have used from the start.`,
    worse: `So, um, basically last summer we had, like, this old PDF library, you know, that was sort of unmaintained and it had, um, a vulnerability, I mean a known one. And the proper fix was, like, basically a rewrite, which was, you know, six weeks or something, and we kept sort of pushing it. And I was like, um, what if we just, you know, basically render it as HTML and, like, print it with a headless browser, I mean we already had one. Which was kind of risky, you know, because invoices are, like, legal documents, sort of. So, um, I built a prototype, and, like, compared the last month of invoices, basically, and there were, um, three differences, I mean rounding stuff. And finance, like, looked at some, you know, and signed it off. And, um, yeah, we switched in, like, under two weeks, basically, and it's, you know, been fine, sort of, since then. I mean, one complaint. About a logo, I think.`
  },
  {
    id: 'blind-44',
    trick: 'padding-and-rambling',
    question: 'Tell me about a time you had to persuade a sceptical stakeholder.',
    competency: 'earn-trust',
    targetLevel: 'Staff',
    criterion: 'delivery',
    better: `In 2023 our head of sales was convinced our lead-scoring model was useless, and he'd told his reps to ignore it. I owned the model, and he wasn't wrong to be sceptical: it had launched with no explanation, and reps couldn't see why a lead scored high. Rather than defend it, I asked him for one rep and two weeks. I sat with that rep, Tanya, for a morning to see how she actually chose who to call. Then I changed what the reps saw: not just a score, but the top three reasons behind it, like "visited the pricing page twice this week". We ran a simple test. Half of Tanya's team used the scores with reasons and half didn't, for a month. The half using them booked 22% more demos from the same number of calls. I showed him the result with Tanya in the room and let her explain it in her own words. He rolled it out to all forty reps the following month, and asked me to join his quarterly planning so the next change to the model wouldn't surprise his team. It reminded me that a model people don't trust has an adoption problem, not an accuracy problem.`,
    worse: `Right, so, I think stakeholder management is one of the most important parts of any senior role, and it's something I've thought about a lot over my career, which has been in a few different industries: retail, then a bit of consultancy, then tech. Every stakeholder is different and you have to meet them where they are. There's no one-size-fits-all approach, which is something I always say to the people I mentor. Anyway, the example I'd use is from my previous role, where there was a finance director who was quite sceptical about a forecasting tool my team had built. He was very experienced, very numbers-driven, which I respect, and he'd been at the company a long time, so he had a lot of history with previous tools that hadn't worked out. That's quite common, I find. People have baggage with previous tools. So there was a bit of resistance, which is natural, and I think it's important to acknowledge that resistance is natural. Change is hard for everyone, especially in finance, where accuracy really matters. So we had a number of conversations over a period of time, and I tried to understand where he was coming from, and over time we built up a relationship, and the relationship was key, really. Relationships are everything in this job. And we made some tweaks to the tool along the way. Eventually he came round to it and started using it in his monthly reviews, which was great. And I think that shows the value of patience, and of taking people on a journey, which is something I really believe in and try to bring to every role. So yes, that would be my example, I suppose.`
  },
  {
    id: 'blind-45',
    trick: 'too-short',
    question: 'Tell me about a time you had to learn something quickly.',
    competency: 'bias-for-action',
    targetLevel: 'Senior',
    criterion: 'delivery',
    better: `Two years ago the only engineer who knew our Elasticsearch cluster left, and a week later search started timing out for our biggest customer. I'd never run Elasticsearch, and the customer's account manager was asking for an update twice a day. I decided against a course or a book; I didn't have the week. Instead I gave myself the evening to read the cluster's own statistics alongside the official sizing guidance, and wrote down every number that looked odd. One stood out: an index with a single shard holding 90 GB, far beyond anything sensible, which explained why every query on it was slow. The next morning I booked an hour with a consultant our vendor recommended, with my questions written down, to check my plan before I touched production. We reindexed into eight shards overnight on the Thursday, with a rollback ready. That customer's searches went from timing out at thirty seconds to answering in under one. Afterwards I wrote a four-page runbook for the cluster, the document I'd wished existed, and trained two colleagues on it, so we're not back to relying on one person.`,
    worse: `I had to learn Elasticsearch fast when our search broke. I read the docs, fixed the sharding, and it worked. I'm a quick learner.`
  },
  {
    id: 'blind-46',
    trick: 'run-on-sentences-same-story',
    question: 'Tell me about a time you simplified something complicated.',
    competency: 'dive-deep',
    targetLevel: 'Principal',
    criterion: 'delivery',
    better: `Our pricing engine had grown to around 400 rules, and nobody could say why a given customer got a given price. Sales were escalating two or three pricing disputes a week to engineering. I took it on as the principal engineer for billing. First, I logged every rule that fired across a month of real quotes. Only 90 of the 400 ever fired. Most of those were variations on five ideas: list price, volume tiers, contract discounts, regional adjustment and promotions. I rewrote the engine around those five stages, in a fixed order, with each stage writing one line to an explanation log. Then I built a simple page where sales could read that log for any quote. We ran the old and new engines side by side for six weeks and matched on 99.8% of quotes; the rest were bugs in the old one. Pricing escalations went from two or three a week to about one a month. The rule count is now 60, and finance can add a promotion without us.`,
    worse: `Our pricing engine had grown to around 400 rules and nobody could really say why a given customer got a given price, which meant sales kept escalating disputes to engineering, two or three a week, and since I was the principal engineer for billing I took it on, and the first thing I did was log every rule that fired for a month of real quotes, and it turned out only 90 of the 400 ever fired, and most of those were variations on list price, volume tiers, contract discounts, regional adjustment and promotions, so I rewrote the engine around those five stages in a fixed order with each stage writing one line to an explanation log, and then built a page for sales that showed the log for any quote, and we ran both engines side by side for six weeks and matched 99.8% of quotes, with the rest being bugs in the old one, and after that escalations went down to about one a month and the rules went down to 60 and finance can now add promotions on their own without needing us at all.`
  },
  {
    id: 'blind-47',
    trick: 'acronym-soup',
    question: 'Tell me about a difficult technical problem you solved.',
    competency: 'dive-deep',
    targetLevel: 'Senior',
    criterion: 'delivery',
    better: `Last year our order service started creating duplicate orders: a customer would be charged twice, maybe five times a day out of about 40,000 orders. It only happened under load, so it never showed up in testing. I was the engineer on the order team. I pulled every duplicate from the previous month and lined them up against our logs, and every one had the same pattern. The mobile app had retried a request after a timeout, and both the original and the retry had gone through, because our API had no way to tell a retry from a new order. I added an idempotency key: the app generates a unique ID per checkout and sends it with every attempt, and the server refuses to create a second order with the same ID. The tricky part was the app versions already in people's pockets, so for those I fell back to matching on customer, basket and a two-minute window. Duplicates went from about five a day to none over the next three months, and the refunds team dropped their daily duplicate check.`,
    worse: `So the P1 was stale reads on the PDP. The CDN TTL plus our Redis L2 meant PIM updates took ~30m to propagate, so CX tickets spiked. RCA was a missing purge in the CDC consumer on the Kafka topic. I wired the consumer to the CDN purge API, tuned TTLs on the L2, added an SLI on staleness with an SLO of p99 under 60s, and put it on the SRE dashboard. Closed the SEV, did the RCA, updated the runbook, and moved the KR for the quarter.`
  },
  {
    id: 'blind-48',
    trick: 'hedging-same-story',
    question: 'Tell me about a decision you made with incomplete information.',
    competency: 'bias-for-action',
    targetLevel: 'Engineering Manager',
    criterion: 'delivery',
    better: `During a vendor outage in 2023, our SMS provider started failing to deliver login codes. About a third weren't arriving, and their status page said everything was fine. I was the engineering manager on call for the identity team. We had a backup provider configured but had never switched to it in production, and I didn't know whether its delivery rates in our main markets were any good. Waiting for the vendor to confirm could have taken hours, and users were locked out right then. I made the call to move 10% of traffic to the backup, watch delivery for fifteen minutes, and go to 100% if it held. It held at about 97% delivery, so we moved everything over by 10:40. Login failures went from roughly 30% back to the usual 2%. The vendor confirmed their incident two hours later. Afterwards we added a monthly failover drill, because the only reason it was a frightening decision was that we'd never practised it.`,
    worse: `I guess one example might be, maybe, when our SMS provider was sort of having problems, I think in 2023? Login codes weren't arriving, or some of them weren't, maybe a third, I'm not totally sure. I was, I suppose, the manager on call at the time. We had a backup provider, I think, but I don't know if we'd ever really used it. So I kind of decided, maybe, to try moving some traffic to it? I guess about 10%, possibly. And it seemed to work okay, I think, so I suppose we moved the rest over, probably. Things got better, I believe. I'm not sure if that's the kind of thing you're looking for, but maybe it shows I can make decisions, sort of, I hope.`
  }
]
