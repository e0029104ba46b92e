import { pairsFromStories } from './pairsFromStories'
import type { AnswerPair, Story } from './types'

/**
 * The development corpus: the weights and thresholds are tuned on these pairs only. Thirteen
 * stories told twelve ways (see pairsFromStories), plus the answers quoted in issue 14 and other
 * tricks written as pairs by hand.
 */
const STORIES: Story[] = [
  {
    id: 'dev-deploys',
    question: 'Tell me about a time you delivered an important result despite a serious obstacle.',
    competency: 'deliver-results',
    situation:
      'Two years ago, the week before the spring launch, our release pipeline took nine days from merge to production and the build server kept falling over.',
    vagueSituation: 'Build pipelines are usually slow and flaky, and that is a common obstacle for most teams.',
    task: 'I owned the release for the launch, so the pipeline was my problem to solve.',
    actions:
      'I profiled every stage of the pipeline and found that the integration tests ran one after another on a single machine. I split them into eight parallel shards, moved the Docker cache onto the build server, and persuaded the QA lead to sign off on shards instead of the full run.',
    observer:
      'I was in the release meetings where the pipeline came up. I saw that the platform team split the tests into shards and I attended the review where the QA lead signed off.',
    passive:
      'I usually just do what my manager tells me, so when she told me to speed up the pipeline I followed the plan the platform team gave me.',
    genericActions: 'I leveraged best-in-class tooling and drove alignment with stakeholders to de-risk the launch holistically.',
    fillered:
      'So I, erm, profiled every stage, right? And I guess I found that, erm, the tests ran one after another. So I, I split them into shards, I guess, and, erm, moved the cache, right?',
    result: 'Lead time went from 9 days to 3 days, and the launch shipped on the planned date.',
    resultWords: 'Lead time went from nine days to three, and the launch shipped on the planned date.',
    resultVague: 'The pipeline got a lot faster and the launch went well.',
    resultFake: 'We took velocity from 0 to 1 and the launch went well.',
    scope: 'The 45 engineers on the four product teams got their changes out three times a week instead of once.',
    scopeTitles: 'I sent the CEO a Slack message about it and it was mentioned in the company-wide newsletter.',
    lesson:
      'Since then I time every stage of a pipeline before I change anything, and I start any launch plan by asking how long a change takes to reach users.',
    lessonFluff: 'I learned a lot from this and it was a great learning experience.',
    padding:
      'The launch was planned for a Thursday, which is always a slightly odd day to launch. We had an offsite the week before at a nice venue by the sea, and the coffee machine there was excellent. There was a lot going on in general.'
  },
  {
    id: 'dev-tickets',
    question: 'Tell me about a time you saw a problem nobody owned and fixed it.',
    competency: 'ownership',
    situation:
      'Last summer, support tickets about failed invoice exports had climbed to about forty a week, and nobody owned the export service.',
    vagueSituation: 'There are always things nobody owns in a company, and support is often where they show up.',
    task: 'It was not my area, but I had written part of the exporter years before and knew where to look.',
    actions:
      'I read the last hundred tickets and grouped them by error. I found that two thirds came from one timezone bug, wrote the fix with tests, and added an alert so the next failure would page whoever was on call. I then wrote a one-page owner guide and got the billing team to take the service.',
    observer:
      'I was in the support review where the tickets came up. I saw that the billing engineers grouped them and heard that a timezone bug was behind most of them. I attended the meeting where billing agreed to own it.',
    passive:
      'I did what I was asked: my manager told me to look at the tickets, so I passed them to the billing team and waited for them to fix it.',
    genericActions: 'I took end-to-end ownership, leveraged cross-functional synergies and drove impact across the customer journey.',
    fillered:
      'I, erm, read the last hundred tickets, right? And I guess I grouped them, I guess by error. And, erm, I found the, the timezone bug, right? And I wrote the fix, I guess.',
    result: 'Export tickets fell from 40 a week to 20 a week in the first month and to 3 a week by the end of the quarter.',
    resultWords: 'Export tickets fell to about twenty a week, half of what it had been, within a month.',
    resultVague: 'The tickets went down a lot and support was happy.',
    resultFake: 'Our support happiness score went from 20 to 95 on engagement.',
    scope:
      'The 30 support agents stopped handling export tickets by hand, and 600 customers who export every month got their invoices on time.',
    scopeTitles: 'The VP of Support and the CFO both heard about it in the company-wide all-hands.',
    lesson: 'What I do now: when I see an orphaned service, I fix the worst bug and then find it an owner before I walk away.',
    lessonFluff: 'I learned the importance of ownership, and it taught me a lot.',
    padding:
      'It was a hot summer and the office air conditioning was broken for two weeks. Half the team was on holiday. We also changed our team name around then, which took a surprising amount of discussion.'
  },
  {
    id: 'dev-manager',
    question: 'Tell me about a time you disagreed with your manager. What did you do?',
    competency: 'disagree-and-commit',
    situation: 'In March my manager wanted to launch the new onboarding flow to every customer at once, a week before the pricing change.',
    vagueSituation: 'Disagreements with managers happen all the time and I generally think it is healthy to disagree.',
    task: 'I thought a full launch was too risky, because nobody had tested the flow with enterprise accounts.',
    actions:
      'I disagreed in our one-on-one and wrote a half-page case for a staged rollout: ten percent first, with a kill switch. I pulled the error rates from the beta to back it up. She still wanted the full launch, so I committed to her plan and built the kill switch anyway as insurance.',
    observer:
      'I was in the planning meeting where my manager proposed the full launch. I heard a few people raise concerns and I saw the beta numbers on the screen. I attended the launch review afterwards.',
    passive: 'I usually just do what my manager tells me, so when she said full launch I went along with it and did what was asked.',
    genericActions: 'I leaned into healthy tension, leveraged data-driven insights and drove alignment across stakeholders.',
    fillered:
      'I, erm, disagreed in our one-on-one, right? And I guess I wrote a, a case for a staged rollout. And, erm, I pulled the error rates, I guess, right? And she, erm, she still wanted the full launch.',
    result:
      'On launch day enterprise sign-ups failed for two hours; the kill switch took the failure rate from 18% back to under 1% within ten minutes.',
    resultWords:
      'On launch day enterprise sign-ups failed for two hours; the kill switch took failures from nearly one in five back to almost none within ten minutes.',
    resultVague: 'The launch had some issues but it was fine in the end.',
    resultFake: 'Our launch confidence index went from 0 to 1.',
    scope: 'About 300 enterprise accounts were spared a broken sign-up, and the two other onboarding teams now use the same kill switch.',
    scopeTitles: 'The CTO was copied on the thread and the board heard about the launch.',
    lesson:
      'Since then, when I disagree I bring a smaller plan and a safety net, and once the call is made I build for it instead of arguing again.',
    lessonFluff: 'I learned a lot about disagreeing and it was a valuable lesson.',
    padding:
      'My manager and I get on very well, we both like running and we have done a few races together. The meeting room was freezing. We talked about many other things that quarter as well.'
  },
  {
    id: 'dev-migration',
    question: 'Tell me about a time you failed. How did you own it, communicate it and recover?',
    competency: 'learning-from-failure',
    situation:
      'Last year I ran the database migration for the orders service and I skipped the dry run on a copy of production to save a day.',
    vagueSituation: 'Everybody fails sometimes, and I think failure is generally a good teacher.',
    task: 'The migration was mine, so the failure was mine too.',
    actions:
      'When orders started failing twenty minutes in, I rolled the migration back, posted in the incident channel that it was my change, and sent my manager and the support lead a timeline every thirty minutes. The next morning I wrote the postmortem and re-ran the migration after a full rehearsal.',
    observer:
      'I was on the incident call when orders started failing. I saw the on-call engineer roll the migration back and I attended the postmortem the next day.',
    passive: 'My manager told me to wait while the on-call engineer handled it, so I did what I was told and stayed out of the way.',
    genericActions: 'I embraced a growth mindset, owned the outcome with accountability and drove transparency going forward.',
    fillered:
      'When orders, erm, started failing, I, I rolled it back, right? And I guess I posted that it was, erm, my change. And I sent, I guess, a timeline, right?',
    result: 'Orders were failing for 40 minutes in total; the rerun a week later took 12 minutes with zero failed orders.',
    resultWords: 'Orders failed for about forty minutes; the rerun a week later took a quarter of an hour and not one order failed.',
    resultVague: 'It was a bad evening but we got through it.',
    resultFake: 'Our resilience score went from 20 to 95.',
    scope: 'About 1,100 customers could not place orders during those forty minutes, and support had 60 tickets to answer.',
    scopeTitles: 'The CEO asked about it in the exec meeting and it was in the company-wide incident report.',
    lesson:
      'What changed afterwards: every migration I run now starts with a rehearsal on a copy of production, and I announce the rollback plan before I start.',
    lessonFluff: 'I care too much about moving fast, and I learned a lot from this failure.',
    padding:
      'It was a Tuesday evening and I had plans for dinner that I had to cancel. The office was empty. Migrations are one of those things that people have strong opinions about.'
  },
  {
    id: 'dev-decide',
    question: 'How do you decide what work to take on beyond what your manager assigns?',
    competency: 'beyond-assigned',
    situation:
      'I take on work that removes my manager’s biggest blocker and that nobody else owns. Last March my manager told me hiring was her biggest blocker: three senior roles had been open for months.',
    vagueSituation: 'I think it is important to always be proactive and go above and beyond whenever I can.',
    task: 'The interview loop was not on my roadmap, but nobody owned it.',
    actions:
      'I offered to overhaul it. I read the last 40 scorecards, found that two interviewers asked the same question while nobody tested product sense, wrote a rubric for each stage, and ran two calibration sessions with the six interviewers.',
    observer:
      'I was in the hiring syncs where the loop came up. I saw the recruiter read the scorecards and I sat in on the calibration sessions she ran.',
    passive: 'I do what my manager assigns and wait to be asked; when she asked me to help with hiring, I did what she said.',
    genericActions: 'I proactively leveraged my bandwidth to add value and drive outcomes across the hiring funnel.',
    fillered:
      'I, erm, offered to overhaul it, right? And I guess I read the, the scorecards. And, erm, I wrote a rubric, I guess, and ran, erm, calibration sessions, right?',
    result: 'Time to offer went from 31 days to 12 days, and all three roles were filled by June.',
    resultWords: 'Time to offer went from a month to under two weeks, and all three roles were filled by June.',
    resultVague: 'Hiring got much better and my manager was pleased.',
    resultFake: 'Our hiring velocity went from 0 to 1.',
    scope: 'The six interviewers and the 120 candidates who went through the loop that year used the new rubric.',
    scopeTitles: 'The CPO mentioned the new loop in the company-wide all-hands.',
    lesson: 'I still ask my manager every quarter what is blocking her before I pick anything up.',
    lessonFluff: 'I learned a lot about hiring from this experience.',
    padding:
      'My manager is great, by the way, and we have a really good relationship. The hiring syncs were on Thursdays. Recruiting is an interesting field in general.'
  },
  {
    id: 'dev-churn',
    question: 'Tell me about a time you dug into the data and found the real root cause of a problem.',
    competency: 'dive-deep',
    situation: 'In Q3 our mid-market churn jumped and the sales team blamed the new pricing.',
    vagueSituation: 'Churn is often blamed on pricing, and in general data can tell you a lot.',
    task: 'I was the analyst on the retention team, and I wanted to know whether pricing was really the cause before we reversed it.',
    actions:
      'I pulled twelve months of cancellations, joined them with support tickets and login data, and split them by signup cohort. I found that churned accounts had almost all lost their admin in the month before cancelling, and the new admin never finished setup. I wrote it up with five account timelines and took it to the pricing review.',
    observer:
      'I was in the pricing review where churn came up. I saw the data team pull the cancellations and heard them say that churned accounts had lost their admin.',
    passive: 'My manager asked me to check the pricing theory, so I ran the report she asked for and passed it on.',
    genericActions: 'I deep-dived into the data, surfaced insights and drove data-driven alignment across the funnel.',
    fillered:
      'I, erm, pulled the cancellations, right? And I guess I joined them with, with the tickets. And, erm, I found that the accounts, I guess, had lost their admin, right?',
    result:
      'We kept the pricing and added an admin hand-over flow; mid-market churn went from 4.1% a month to 2.6% a month over the next quarter.',
    resultWords:
      'We kept the pricing and added an admin hand-over flow; mid-market churn fell by more than a third over the next quarter compared with the one before.',
    resultVague: 'We kept the pricing and churn improved.',
    resultFake: 'We kept the pricing and our customer love index went from 20 to 95.',
    scope: 'The 900 mid-market accounts kept their pricing, and the sales team of 25 stopped offering discounts to save them.',
    scopeTitles: 'I presented it to the CFO and the exec team.',
    lesson: 'These days, before anyone changes a price on my advice, I look at what happened to the account in the month before it left.',
    lessonFluff: 'It taught me a lot about data and I learned the importance of digging deep.',
    padding:
      'Q3 is always busy for sales. The data warehouse had been renamed that summer, which confused everybody. Analysts love a good mystery, as they say.'
  },
  {
    id: 'dev-feedback',
    question: 'Describe a time you gave difficult feedback to someone. How did it land?',
    competency: 'earn-trust',
    situation:
      'Last autumn a senior engineer on my team, Marco, kept approving pull requests without reading them, and two bugs reached production that month.',
    vagueSituation: 'Giving feedback is always hard and I believe candour is generally important.',
    task: 'I was his tech lead, so the conversation was mine to have.',
    actions:
      'I booked a one-on-one, showed him the two pull requests and the bugs they caused, and told him plainly that his approvals had stopped meaning anything. I asked what was going on; he said he was drowning in reviews. I moved a third of his review load to two other engineers and we agreed he would block an hour a day for reviews.',
    observer: 'I was in the retro where the two bugs came up. I saw Marco get defensive and I heard the manager talk to him afterwards.',
    passive: 'My manager told me to have a word with him, so I passed on what she said, as I was asked.',
    genericActions: 'I fostered psychological safety, communicated transparently and empowered him to own his growth journey.',
    fillered:
      'I, erm, booked a one-on-one, right? And I guess I showed him the, the pull requests. And, erm, I told him, I guess, that his approvals, right, had stopped meaning anything.',
    result:
      'Over the next two months, bugs that reached production from his reviews went from 2 a month to 0, and his review turnaround went from 3 days to 1.',
    resultWords:
      'Over the next two months, no bug reached production from his reviews, and his reviews came back in a day instead of three.',
    resultVague: 'He took it well and things got better.',
    resultFake: 'His engagement went from 20 to 95.',
    scope:
      'The eight engineers on the team got faster, real reviews, and the two engineers who took on reviews grew into reviewers themselves.',
    scopeTitles: 'The VP of Engineering later mentioned code review quality in the company-wide engineering update.',
    lesson:
      'Now I bring the evidence and a question to hard conversations, and I check the person’s load before I assume it is about effort.',
    lessonFluff: 'I learned a lot about feedback and it was a great growth opportunity for me.',
    padding:
      'Marco is a great person and a fantastic cook, by the way. We sat in the small room with the plants. Feedback culture is something every company talks about.'
  },
  {
    id: 'dev-risk',
    question: 'Describe a time you took a calculated risk to move faster.',
    competency: 'bias-for-action',
    situation: 'Two months before the holiday peak, our search service needed a new index and the safe plan was a six-week rebuild.',
    vagueSituation: 'Sometimes you have to take risks to move fast, and I tend to be comfortable with risk.',
    task: 'I led the search team, and waiting six weeks would have left no time to test before the peak.',
    actions:
      'I decided to build the new index alongside the old one and switch traffic behind a flag, because the switch could be reverted in a minute. I wrote the dual-write code, sent 5% of queries to the new index for three days, and compared the results query by query before turning it up.',
    observer:
      'I was in the design review where the flag approach was chosen. I saw the platform team build the dual writes and I watched the dashboards when they turned it up.',
    passive: 'I waited for my manager to approve the plan, and when she did I followed the steps she gave me.',
    genericActions: 'I leaned into ambiguity with a bias for action and de-risked delivery with a best-in-class approach.',
    fillered:
      'I, erm, decided to build the index alongside, right? And I guess I wrote the, the dual-write code. And, erm, I sent some queries to it, I guess, right?',
    result: 'The new index was live in 10 days instead of 6 weeks, and search latency went from 900 ms to 300 ms before the peak.',
    resultWords: 'The new index was live in ten days instead of six weeks, and search got three times faster before the peak.',
    resultVague: 'The new index went live early and search was faster.',
    resultFake: 'Our agility went from 0 to 1 and we moved 10x faster.',
    scope:
      'About two million shoppers searched on the new index over the holidays, and the three teams that call search got the faster results for free.',
    scopeTitles: 'The CTO shared a screenshot of it in the company-wide channel.',
    lesson:
      'Since then I decide by how reversible a step is: anything I can switch back in a minute I ship behind a flag instead of waiting for a perfect plan.',
    lessonFluff: 'I learned so much about risk and it taught me a lot about myself.',
    padding:
      'The holiday peak is always stressful for everybody in e-commerce. We ordered pizza a lot that month. The weather was terrible.'
  },
  {
    id: 'dev-longterm',
    question: 'Describe a time you made a decision that favoured the long term over a short-term win.',
    competency: 'ownership',
    situation: 'Last year a large customer offered a big contract if we built a custom reporting feature only for them within a month.',
    vagueSituation: 'Long-term thinking is generally better, and I always try to balance the short term and the long term.',
    task: 'I was the product lead for reporting, so the recommendation was mine.',
    actions:
      'I recommended we say no to the custom build and instead ship a general export API in six weeks, which this customer could use and so could everyone else. I wrote the one-pager with the maintenance cost of custom work, called the customer’s head of data myself to walk her through it, and offered early access.',
    observer:
      'I was in the meeting where sales asked for the custom feature. I heard the product director say no and I saw the export API get planned.',
    passive: 'My manager told me we would not build it, so I passed the message on to sales as I was asked.',
    genericActions: 'I championed long-term thinking, aligned stakeholders on a north star and drove a scalable, holistic solution.',
    fillered:
      'I, erm, recommended we say no, right? And I guess I wrote the, the one-pager. And, erm, I called the customer, I guess, right?',
    result: 'The customer signed two weeks later anyway, and within a year 140 customers used the export API instead of one.',
    resultWords:
      'The customer signed two weeks later anyway, and within a year more than a hundred customers used the export API instead of one.',
    resultVague: 'The customer was fine with it and the API was popular.',
    resultFake: 'Our platform synergy score went from 20 to 95.',
    scope: 'The 140 customers on the API, and the two engineers who would otherwise have maintained a one-off feature for years.',
    scopeTitles: 'The CEO and the board were very interested in the contract.',
    lesson: 'What I do differently now: before I say yes to a one-off, I write down who else could use it and what it costs to keep alive.',
    lessonFluff: 'I learned the importance of long-term thinking, which was a valuable lesson.',
    padding:
      'Big customers always want special treatment, that is just how it is. The sales team had a bell they rang for every deal. It was a very busy year.'
  },
  {
    id: 'dev-mind',
    question: 'Tell me about a time you changed someone’s mind with data.',
    competency: 'disagree-and-commit',
    situation: 'In January our design director wanted to remove the free tier, sure that free users never converted.',
    vagueSituation: 'People often have strong opinions and data usually wins arguments.',
    task: 'I ran growth analytics and thought the free tier fed our paid plans.',
    actions:
      'I pulled two years of signups and traced every paid account back to its first plan. I found that 38% of paid accounts had started on the free tier, built a simple cohort chart, and walked the director through it before the planning review rather than in it.',
    observer:
      'I was in the planning review when the free tier came up. I saw the analytics team present a cohort chart and heard the director change her mind.',
    passive: 'My manager asked me for the numbers, so I ran the report as I was told and sent it to her.',
    genericActions: 'I leveraged data-driven storytelling to drive alignment and surface insights for stakeholders.',
    fillered:
      'I, erm, pulled two years of signups, right? And I guess I traced every paid account, I guess. And, erm, I found that, that a lot started free, right?',
    result:
      'She changed her mind: we kept the free tier and added an upgrade prompt, and free-to-paid conversion went from 2.1% to 3.4% that year.',
    resultWords:
      'She changed her mind: we kept the free tier and added an upgrade prompt, and conversion from free to paid rose by more than half that year.',
    resultVague: 'She changed her mind and we kept the free tier.',
    resultFake: 'She changed her mind and our alignment score went from 0 to 1.',
    scope:
      'About 50,000 free users kept their accounts, and the two teams who were about to build the removal worked on the upgrade prompt instead.',
    scopeTitles: 'It went all the way up to the CEO and the exec team.',
    lesson: 'Now I take the data to the person who disagrees before the meeting, one to one, and I ask what would change their mind first.',
    lessonFluff: 'It taught me a lot about influence and I learned so much.',
    padding:
      'The director has very good taste, by the way; her office is full of posters. January is always slow. We had a lot of debates about fonts that month.'
  },
  {
    id: 'dev-outage',
    question: 'Describe a launch or project that went wrong. What did you do in the first 24 hours?',
    competency: 'learning-from-failure',
    situation:
      'Last spring I launched a new payments page on a Friday afternoon and within an hour card payments from one bank started failing.',
    vagueSituation: 'Launches go wrong all the time, and in my experience the first day is always chaotic.',
    task: 'It was my launch, so the first 24 hours were mine to run.',
    actions:
      'Within ten minutes I turned the new page off behind its flag, posted in the incident channel that it was my launch, and called the bank’s developer line. By the evening I had found that their 3-D Secure redirect rejected our new domain, and I emailed the 85 affected customers myself the next morning with a retry link.',
    observer:
      'I was in the incident channel when the payments started failing. I saw the on-call engineer turn the page off and I watched the thread with the bank.',
    passive: 'My manager told me to wait for the on-call engineer, so I did what I was told and waited.',
    genericActions: 'I drove rapid incident response with customer obsession and communicated transparently with all stakeholders.',
    fillered:
      'Within, erm, ten minutes I turned the page off, right? And I guess I posted in the, the incident channel. And, erm, I called the bank, I guess, right?',
    result:
      'Failed payments went from 14% of attempts to under 1% within ten minutes of the flag, and 70 of the 85 customers completed their payment with the retry link.',
    resultWords:
      'Failed payments went from about one in seven to almost none within ten minutes, and most of the affected customers paid with the retry link.',
    resultVague: 'Things calmed down and customers were mostly fine.',
    resultFake: 'Our incident readiness index went from 20 to 95.',
    scope: 'The 85 customers who hit the error, and the support team of 12, who got a script from me before the first ticket came in.',
    scopeTitles: 'The CFO and the CEO were both following the incident channel.',
    lesson:
      'Since then I never launch a payments change on a Friday, and every launch of mine has a named bank test card for each big bank before it ships.',
    lessonFluff: 'I learned a lot from this failure and it was a humbling experience.',
    padding:
      'Friday afternoons are always a bit sleepy in the office. I had a train to catch that evening. Payments are a complicated domain in general.'
  },
  {
    id: 'dev-deadline',
    question: 'Tell me about a time you had to hit a hard deadline with less than you needed.',
    competency: 'deliver-results',
    situation:
      'Last October a regulator gave us eight weeks to add consent logging to every form in the app, and two of the four engineers on my team were on leave.',
    vagueSituation: 'Deadlines are always tight and there is never enough time or people.',
    task: 'I led the project, and missing the date meant a fine.',
    actions:
      'I listed all 63 forms, ranked them by traffic, and cut scope to a single shared consent component instead of form-by-form changes. I wrote the component in the first week, paired with the two engineers to roll it out, and negotiated with legal to ship the low-traffic forms with a simpler log.',
    observer:
      'I was in the kickoff where the regulator’s letter was read out. I saw the team list the forms and attended the meetings with legal.',
    passive: 'My manager told me which forms to do first and I did them in the order she gave me, as I was told.',
    genericActions: 'I drove execution excellence, leveraged synergies across the team and delivered with a bias for action.',
    fillered:
      'I, erm, listed all the forms, right? And I guess I ranked them by, by traffic. And, erm, I wrote the component, I guess, right?',
    result: 'All 63 forms logged consent by week seven, a week early, and the regulator’s audit found zero gaps.',
    resultWords: 'Every form logged consent a week before the deadline, and the regulator’s audit found no gaps at all.',
    resultVague: 'We made the deadline and the audit went fine.',
    resultFake: 'Our compliance velocity went from 0 to 1.',
    scope: 'The company avoided the fine, and the four product teams whose forms we changed now build on the shared component.',
    scopeTitles: 'The general counsel and the CEO signed off on it.',
    lesson: 'These days I start every deadline project by cutting to one shared piece of work before I ask for more people.',
    lessonFluff: 'I learned a great deal about deadlines from it.',
    padding:
      'October is always a busy month with planning and budgets. The regulator’s letter was very long. Compliance is not the most exciting topic, to be honest.'
  },
  {
    id: 'dev-volunteer',
    question: 'Describe work you volunteered for that was important to your manager but not on anyone’s list.',
    competency: 'beyond-assigned',
    situation:
      'Two quarters ago my manager mentioned in our one-on-one that new engineers took five weeks to ship their first change, and it worried her.',
    vagueSituation: 'Onboarding is usually something nobody has time for in most teams.',
    task: 'Onboarding was not on anyone’s list, so I offered to take it on next to my own work.',
    actions:
      'I interviewed the last four hires about their first month, wrote a setup script that replaced a twelve-page wiki, and drafted a first-week guide with a starter ticket. I paired with each of the next three hires on their first day.',
    observer:
      'I was around when the new hires struggled with setup. I saw a teammate write a setup script and I attended the new-hire welcome sessions.',
    passive: 'My manager asked me to help with onboarding, so I did what she asked and updated the wiki the way she wanted.',
    genericActions: 'I empowered new hires with a world-class onboarding journey and drove value across the team.',
    fillered:
      'I, erm, interviewed the last hires, right? And I guess I wrote a, a setup script. And, erm, I drafted a guide, I guess, right?',
    result: 'Time to first shipped change went from five weeks to eight days for the next three hires.',
    resultWords: 'The next three hires shipped their first change in about a week instead of five.',
    resultVague: 'The next hires got up to speed faster.',
    resultFake: 'Our onboarding engagement went from 20 to 95.',
    scope:
      'The three new hires and the eleven engineers who had been answering their setup questions, and my manager got back about three hours a week.',
    scopeTitles: 'The VP of Engineering and the CTO liked it a lot.',
    lesson: 'I now keep a running list of what my manager mentions twice, and I offer to take one of those before each quarter starts.',
    lessonFluff: 'I learned a lot about onboarding and it was a valuable lesson.',
    padding:
      'My manager and I have our one-on-ones on Wednesdays. The office had just been repainted. Everybody has an opinion about onboarding.'
  }
]

const Q_FAIL = 'Tell me about a time you failed. How did you own it, communicate it and recover?'
const Q_DECIDE = 'How do you decide what work to take on beyond what your manager assigns?'
const Q_DISAGREE = 'Tell me about a time you disagreed with your manager. What did you do?'
const Q_PROBLEM = 'Tell me about a time you saw a problem nobody owned and fixed it.'
const hand = (
  id: string,
  trick: string,
  question: string,
  competency: AnswerPair['competency'],
  criterion: AnswerPair['criterion'],
  better: string,
  worse: string
): AnswerPair => ({
  id: `dev-hand/${id}`,
  trick,
  question,
  competency,
  targetLevel: 'Senior',
  criterion,
  better,
  worse
})

/** Issue 14's own examples, and shapes the stories do not have. */
const HAND: AnswerPair[] = [
  hand(
    'usually-do-what-told',
    'does-as-told',
    Q_DISAGREE,
    'disagree-and-commit',
    'ownership',
    'Last May my manager wanted to cut the accessibility audit to hit a date. I disagreed, wrote up the three screens that failed screen readers, and proposed shipping two days later. She agreed to a one-day slip; I fixed the two worst screens myself.',
    'I usually just do what my manager tells me. I think managers know best and I do not like to argue. I did what I was asked and it worked out.'
  ),
  hand(
    'failure-as-success-list',
    'successes-for-a-failure-question',
    Q_FAIL,
    'learning-from-failure',
    'fit',
    'Last year I promised our mobile team a new API in four weeks and delivered it in seven, because I had not checked that the auth review had a two-week queue. I told them the day I saw the slip, shipped the read endpoints first so they could start, and got the review booked. Since then I book reviews before I promise a date.',
    'I have not really failed. I shipped the search rewrite early, I led the cluster migration with zero downtime, and my last review said I exceed expectations. I was promoted last year and my team hit every goal.'
  ),
  hand(
    'decide-non-answer',
    'non-answer',
    Q_DECIDE,
    'beyond-assigned',
    'fit',
    'I pick work that unblocks my manager’s goal for the quarter and that nobody else owns. In April she said flaky tests were costing the team a day a week; I offered to fix them, tracked every failure for two weeks, and fixed the three tests that caused most of them. Failed builds went from one in five to one in forty.',
    'That is a great question. I think it is really important to be a team player and to always go the extra mile. I have a lot of energy and my manager and I get on well, so there is always something to do.'
  ),
  hand(
    'crisp-vs-ramble',
    'long-ramble',
    Q_PROBLEM,
    'ownership',
    'delivery',
    'Last spring our on-call handover doc was three years out of date and nobody owned it. I rewrote it in a week, added a checklist for the five alerts that paged most, and asked each on-call engineer to fix one wrong line after their shift. Pages that needed a second person went from 12 a month to 3.',
    'So, the on-call doc. This was last spring, I think, around the time of the big offsite, which was at a converted barn, really nice place actually, with a fantastic coffee machine that everybody talked about for weeks. Anyway, the on-call doc was old, really old, I mean three years old, and nobody owned it, which is the kind of thing that happens everywhere, you know how it is. People would complain about it in the channel, and then someone would say we should fix it, and then nobody would, and it went round and round like that for a long time. I remember one night in particular when the pager went off and the doc was wrong, and it was raining, and I had just got home. Anyway, eventually I rewrote it, which took about a week, and I added a checklist for the alerts that paged the most, and I asked people to fix a line after their shift. And then pages that needed a second person went from 12 a month to 3, which was good, and people were happy, and it was a nice outcome overall, I think, for the team, and for the on-call rotation, and for me as well, honestly, because I was on call a lot back then too, more than most people, so it helped me as well, which was nice, and it is still in use, as far as I know, though I have moved teams since then. The new team is great too, by the way, we sit near the windows now and there is a plant that somebody waters every Monday, and we have our own offsite coming up in the autumn, at another barn, funnily enough, so I will see whether their coffee machine is as good. But yes, that was the on-call doc, and that is more or less the whole story of it, from start to finish, as best I can remember it now.'
  ),
  hand(
    'ceo-typo',
    'title-dropping',
    Q_PROBLEM,
    'ownership',
    'scope',
    'Last year our signup form rejected any email with a plus sign, and nobody owned the form. I fixed the validation, added tests, and checked the logs: 2,300 people a month had been turned away. Since the fix those sign-ups go through.',
    'Last year I sent the CEO a Slack message about a typo on the company-wide wiki. Nobody owned the wiki page. I fixed the typo myself and the CEO reacted with a thumbs up.'
  ),
  hand(
    'words-measure-half',
    'measure-in-words',
    Q_PROBLEM,
    'ownership',
    'measurableResult',
    'Last summer nobody owned the flaky nightly job that billed late customers twice. I traced the double charges to a retry without a lock, added the lock, and refunded the affected customers. Double charges fell to about twenty a week, half of what it had been, and then to none after the second fix.',
    'Last summer nobody owned the flaky nightly job that billed late customers twice. I traced the double charges to a retry without a lock, added the lock, and refunded the affected customers. It made a real difference and people noticed.'
  ),
  hand(
    'no-i-strong',
    'strong-with-few-pronouns',
    Q_DISAGREE,
    'disagree-and-commit',
    'ownership',
    'Spring last year, my manager wanted a rewrite of the notifications service. Disagreed in our one-on-one: the rewrite cost ten weeks and fixed nothing users saw. Wrote a two-page alternative, fixing the three slowest queries first. Got a two-week trial; latency halved, and the rewrite was dropped.',
    'I was in most of the meetings about the notifications rewrite. I saw that the team rewrote the slowest queries first and I heard my manager agree. I was there when the rewrite was dropped, and I think I agreed with it.'
  ),
  hand(
    'humble-brag-weakness',
    'humble-brag',
    Q_FAIL,
    'learning-from-failure',
    'reflection',
    'Last year I shipped a pricing page change without telling support, and they spent a day answering confused customers. I apologised to the support lead that afternoon and wrote the answers they needed. Now every customer-facing change I ship goes to support two days before it goes live.',
    'Last year I shipped a pricing page change without telling support, and they spent a day answering confused customers. I apologised to the support lead that afternoon and wrote the answers they needed. My biggest weakness is that I care too much, and I learned a lot from this failure.'
  ),
  hand(
    'off-topic-build-speed',
    'great-story-wrong-question',
    Q_DISAGREE,
    'disagree-and-commit',
    'fit',
    'In my first month on the team, my manager wanted to hire a contractor to build the admin panel. I disagreed, because the panel needed our data model, and showed her a two-day prototype. She still chose the contractor, so I committed: I wrote the contractor’s data guide and reviewed every pull request. It shipped on time.',
    'Two years ago our build took 40 minutes. I profiled it, found that the test stage ran serially, split it into eight shards and cached the dependencies. Build time went from 40 minutes to 6, and the 45 engineers on the four teams shipped twice as often. Since then I time every stage before I change a pipeline.'
  )
]

export const DEVELOPMENT_PAIRS: AnswerPair[] = [...pairsFromStories(STORIES), ...HAND]
