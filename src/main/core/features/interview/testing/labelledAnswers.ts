import type { Competency, RubricCriterion } from '../../../../../shared/domain/interview'

export interface LabelledAnswer {
  id: string
  question: string
  competency: Competency
  targetLevel: string
  answer: string
  /** Hand labels: strong or weak on the criteria this answer was written to show. */
  labels: Partial<Record<RubricCriterion, 'strong' | 'weak'>>
}

const Q_FAIL = 'Tell me about a time you failed. How did you own it, communicate it and recover?'
const Q_BEYOND = 'How do you decide what work to take on beyond what your manager assigns?'
const Q_DISAGREE = 'Tell me about a time you disagreed with your manager. What did you do?'
const Q_DELIVER = 'Tell me about a time you delivered an important result despite a serious obstacle.'
const Q_DIVE = 'Tell me about a time you dug into the data and found the real root cause of a problem.'

/**
 * Written by hand before the scorer was tuned: each pair differs mainly on one criterion,
 * plus a model answer (strong on everything) and a weak one (weak on everything).
 */
export const LABELLED_ANSWERS: LabelledAnswer[] = [
  {
    id: 'model-strong',
    question: Q_BEYOND,
    competency: 'beyond-assigned',
    targetLevel: 'Senior',
    labels: {
      structure: 'strong',
      ownership: 'strong',
      specificity: 'strong',
      measurableResult: 'strong',
      scope: 'strong',
      reflection: 'strong',
      fit: 'strong',
      delivery: 'strong'
    },
    answer: `I decide by asking my manager what she is trying to do and what is blocking her, then I take one piece nobody owns. Last March, in our quarterly one-on-one, Priya told me the hiring pipeline was her biggest blocker: three senior roles had been open for months.
I offered to overhaul the interview loop, even though it was not on my roadmap. I read the last 40 scorecards and found that two interviewers asked the same system-design question while nobody tested product sense. I proposed a new loop with one owner per competency, wrote the rubric for each stage, and ran two calibration sessions with the six interviewers. I also set up a weekly debrief so decisions happened within 48 hours instead of waiting for a committee.
As a result, time from onsite to offer went from 12 days to 4, and we filled all three roles within the quarter. The other two product teams in the org adopted the same loop a month later.
What I learned is that the most useful work is often sitting right next to my manager's blockers. Since then I run that conversation every quarter with her and a lighter version with my skip-level.`
  },
  {
    id: 'model-weak',
    question: Q_BEYOND,
    competency: 'beyond-assigned',
    targetLevel: 'Senior',
    labels: {
      structure: 'weak',
      ownership: 'weak',
      specificity: 'weak',
      measurableResult: 'weak',
      scope: 'weak',
      reflection: 'weak',
      fit: 'weak',
      delivery: 'weak'
    },
    answer: `Um, so basically we usually just work on whatever comes up, you know, and we try to be helpful, like, in general. Our team has always been kind of busy so we tend to pick things that seem useful and stuff like that.`
  },
  // Structure: same story; one is mostly scene-setting with no result, the other short setup, long action, clear result.
  {
    id: 'structure-strong',
    question: Q_DELIVER,
    competency: 'deliver-results',
    targetLevel: 'Senior',
    labels: { structure: 'strong' },
    answer: `Last year our checkout service was timing out during sales. My job was to make it hold for Black Friday.
I profiled the slowest endpoints and found the cart call made one database query per item. I rewrote it as a single batched query and added a cache for prices. I ran a load test at three times the previous peak and fixed the two hot spots it exposed. Then I wrote a runbook and walked the on-call engineers through it.
As a result, checkout held through the sale with p95 latency of 300 ms, down from 2 seconds, and no timeouts.`
  },
  {
    id: 'structure-weak',
    question: Q_DELIVER,
    competency: 'deliver-results',
    targetLevel: 'Senior',
    labels: { structure: 'weak' },
    answer: `Last year our checkout service was timing out during sales. The situation was that the service had been written years ago by a team that no longer existed. There were many dependencies on other services and the database had grown a lot. Customers were complaining and the support team was overloaded with tickets. The company was worried about Black Friday because the previous year had also been difficult. There was a lot of pressure from leadership and the context was quite complicated. My job was to make it hold for Black Friday. I rewrote the cart query.`
  },
  // Ownership: the same actions told as "I" vs "we".
  {
    id: 'ownership-strong',
    question: Q_DIVE,
    competency: 'dive-deep',
    targetLevel: 'Senior',
    labels: { ownership: 'strong' },
    answer: `In Q2 our signup conversion dropped and nobody knew why. I pulled the funnel data by browser and noticed the drop was only on Safari. I traced the events and found our new consent banner was blocking the submit button on small screens. I wrote a fix, tested it on five devices, and shipped it the same day. Then I added an alert on conversion by browser so it cannot hide again. Conversion recovered from 2.1% to 3.4% within a week. I learned to segment before I guess.`
  },
  {
    id: 'ownership-weak',
    question: Q_DIVE,
    competency: 'dive-deep',
    targetLevel: 'Senior',
    labels: { ownership: 'weak' },
    answer: `In Q2 our signup conversion dropped and nobody knew why. We pulled the funnel data by browser and we noticed the drop was only on Safari. The team traced the events and we found our new consent banner was blocking the submit button on small screens. We wrote a fix, our QA tested it on five devices, and we shipped it the same day. Then we added an alert on conversion by browser. Conversion recovered from 2.1% to 3.4% within a week. We learned to segment before we guess.`
  },
  // Specificity: one real event vs how I usually work.
  {
    id: 'specificity-strong',
    question: Q_DISAGREE,
    competency: 'disagree-and-commit',
    targetLevel: 'Senior',
    labels: { specificity: 'strong' },
    answer: `Last September my manager, Tom, wanted to rewrite the Billing service in Go before the Q4 freeze. I disagreed because the rewrite would take the whole quarter and the real pain was two flaky integrations. I pulled six months of incident data and showed him that 80% of pages came from the Stripe and Avalara adapters. I proposed fixing those two first and revisiting the rewrite in January. He still chose the rewrite, so I committed: I wrote the migration plan and took the riskiest module myself. We shipped it two weeks before the freeze, and I learned to bring the data earlier, before the decision hardens.`
  },
  {
    id: 'specificity-weak',
    question: Q_DISAGREE,
    competency: 'disagree-and-commit',
    targetLevel: 'Senior',
    labels: { specificity: 'weak' },
    answer: `When I disagree with my manager I usually try to understand their point of view first. I always bring data to the conversation, and I generally propose an alternative. I would explain the risks clearly and then listen. If they still decide differently, I typically commit and support the decision fully, because I believe a team needs to move together. I make sure I deliver on the decision even if it was not my choice, and I learned that trust matters more than being right.`
  },
  // Measurable result: a measured before/after vs an unmeasured "it went well".
  {
    id: 'measure-strong',
    question: Q_BEYOND,
    competency: 'beyond-assigned',
    targetLevel: 'Senior',
    labels: { measurableResult: 'strong' },
    answer: `In our Q1 one-on-one my manager said the planning process was eating her week. I offered to run the move to a single planning tool. I interviewed the leads of six teams, mapped their workflows, and migrated the teams in three waves with a short guide for each. As a result, planning prep went from 3 days a quarter to half a day, and all 6 teams plan in one tool. I learned that asking my manager what blocks her finds better work than waiting for assignments.`
  },
  {
    id: 'measure-weak',
    question: Q_BEYOND,
    competency: 'beyond-assigned',
    targetLevel: 'Senior',
    labels: { measurableResult: 'weak' },
    answer: `In our Q1 one-on-one my manager said the planning process was eating her week. I offered to run the move to a single planning tool. I interviewed the leads of the teams, mapped their workflows, and migrated the teams in waves with a short guide for each. In the end, it went really well and people were happy with the new process. I learned that asking my manager what blocks her finds better work than waiting for assignments.`
  },
  // Scope: target Staff; one story reaches several teams and customers, the other stays in the person's own code.
  {
    id: 'scope-strong',
    question: Q_DELIVER,
    competency: 'deliver-results',
    targetLevel: 'Staff (L6)',
    labels: { scope: 'strong' },
    answer: `Last year four product teams were each building their own feature-flag system. I proposed one shared platform and got the director to sponsor it. I wrote the design, ran reviews with the partner teams, and built the SDK with two engineers from other teams. I migrated the first two teams myself and wrote the guide the others used. By the end of the quarter all four teams across the org used it, and customers saw 30% fewer bad releases because we could turn features off in seconds.`
  },
  {
    id: 'scope-weak',
    question: Q_DELIVER,
    competency: 'deliver-results',
    targetLevel: 'Staff (L6)',
    labels: { scope: 'weak' },
    answer: `Last year my own feature needed a flag so I could release it safely. I wrote a small flag helper in my module and added tests for it. I used it to release my feature behind the flag and turned it on after checking the logs. It worked and I was able to release 30% faster than my previous feature. I learned to build small tools when I need them.`
  },
  // Reflection: a lesson applied since vs none.
  {
    id: 'reflection-strong',
    question: Q_FAIL,
    competency: 'learning-from-failure',
    targetLevel: 'Senior',
    labels: { reflection: 'strong' },
    answer: `In my first quarter as tech lead I launched a new search ranking without a holdout, and it cut clicks by 12% before anyone noticed. I told my manager within the hour that it was my call and my fault, rolled it back, and posted updates to the channel every two hours. I rebuilt the launch with a 5% holdout and it shipped a week later with a 4% lift. I learned that a launch without a holdout is a guess. Since then I never ship ranking changes without one, and I added a holdout check to our launch template.`
  },
  {
    id: 'reflection-weak',
    question: Q_FAIL,
    competency: 'learning-from-failure',
    targetLevel: 'Senior',
    labels: { reflection: 'weak' },
    answer: `In my first quarter as tech lead I launched a new search ranking without a holdout, and it cut clicks by 12% before anyone noticed. I told my manager within the hour that it was my call and my fault, rolled it back, and posted updates to the channel every two hours. I rebuilt the launch with a 5% holdout and it shipped a week later with a 4% lift. After that the project continued as planned and the ranking stayed in production.`
  },
  // Fit: answers the failure question vs tells an unrelated success story.
  {
    id: 'fit-strong',
    question: Q_FAIL,
    competency: 'learning-from-failure',
    targetLevel: 'Senior',
    labels: { fit: 'strong' },
    answer: `Last spring I failed to catch a migration bug that took the reporting dashboard down for a day. It was my mistake: I skipped the dry run to save time. I owned it in the incident channel, told my manager and the affected customers what happened and when the next update would come, and posted updates every hour. I rolled back, fixed the script, and recovered the missing data overnight. I learned to never skip the dry run, and now our migration checklist requires one.`
  },
  {
    id: 'fit-weak',
    question: Q_FAIL,
    competency: 'learning-from-failure',
    targetLevel: 'Senior',
    labels: { fit: 'weak' },
    answer: `Last spring I built a new reporting dashboard for the sales org. I gathered requirements from four regional leads, designed the layout, and wrote the queries. I added filters by region and product and set up a daily refresh. I presented it at the sales kickoff and the leads started using it every week. I learned that showing a prototype early gets better requirements.`
  },
  // Delivery: about two minutes, clean vs short and full of fillers with a run-on sentence.
  {
    id: 'delivery-strong',
    question: Q_DIVE,
    competency: 'dive-deep',
    targetLevel: 'Senior',
    labels: { delivery: 'strong' },
    answer: `Last October our mobile crash rate doubled after a release, and the team assumed it was the new video player. I did not want to guess, so I pulled the crash reports and grouped them by device, OS version and app version.
The pattern did not match the video player. Nearly all crashes came from Android 12 devices with low memory, and they started when the app resumed from the background. I reproduced it on an old test phone by switching apps during checkout.
I traced it to an image cache we had enlarged in the same release. On low-memory devices the system killed our process, and we restored a screen that expected the cache to be there. I wrote a fix that rebuilt the cache lazily, added a test that simulated process death, and asked the release manager to ship it as a hotfix.
The crash rate went from 1.8% back to 0.6% within three days, and the video player, which had been about to be rolled back, stayed. I also added a dashboard that splits crashes by memory class so the next regression shows up on the first day.
I learned to group the data before trusting the team's first theory. Since then I start every crash investigation by slicing it three ways before I read any code.`
  },
  {
    id: 'delivery-weak',
    question: Q_DIVE,
    competency: 'dive-deep',
    targetLevel: 'Senior',
    labels: { delivery: 'weak' },
    answer: `Um, so last October the crash rate doubled and, like, basically I looked at the crash reports and then I found it was Android 12 and then I fixed the image cache and then we shipped it and then it was fine, you know, it went from 1.8% to 0.6% and, uh, I learned to actually look at the data first, kind of.`
  },
  // A second model pair on a different question, so each criterion has more than one strong/weak comparison.
  {
    id: 'model-strong-2',
    question: Q_FAIL,
    competency: 'learning-from-failure',
    targetLevel: 'Senior',
    labels: { structure: 'strong', ownership: 'strong', measurableResult: 'strong', reflection: 'strong', fit: 'strong' },
    answer: `Last November I owned the migration of our payments database, and I missed a timezone bug that double-charged 214 customers on the first night. My task was to get the migration done before the holiday freeze.
The next morning I told my manager and the support lead that it was my mistake, before anyone asked. I paused the migration, wrote a script that found every double charge, and refunded all 214 customers within six hours. I posted an update in the incident channel every hour with what we knew and when the next update would come. Then I added a test with dates on both sides of midnight UTC and re-ran the migration a week later with a dry run first.
As a result, every affected customer was refunded the same day, support closed the related tickets within 24 hours, and the second run finished with zero errors.
I learned that a dry run is cheaper than an apology. Since then I run every data migration against a copy of production first.`
  },
  {
    id: 'model-weak-2',
    question: Q_FAIL,
    competency: 'learning-from-failure',
    targetLevel: 'Senior',
    labels: { structure: 'weak', ownership: 'weak', measurableResult: 'weak', reflection: 'weak', fit: 'weak' },
    answer: `Our team was working on a big database project at the time. The company was growing and there were a lot of systems. We had a lot of meetings about it and the situation was complicated because there were many stakeholders. We usually plan these things carefully. In the end the project was finished and everyone moved on to the next thing.`
  }
]
