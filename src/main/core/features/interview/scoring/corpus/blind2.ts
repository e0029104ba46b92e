import type { AnswerPair } from './types'

/**
 * Blind hold-out set 2: 48 labelled pairs written by a different author from the scorer's,
 * in varied voices and jobs. Six pairs per criterion. Most pairs (different-story pairs) have a
 * better and a worse answer told by different people about different events; a few swap one part
 * of the same story.
 */
export const BLIND2_PAIRS: AnswerPair[] = [
  {
    id: 'b2-01',
    trick: 'jumbled-chronology',
    question: "Tell me about a time you disagreed with your manager's decision.",
    competency: 'disagree-and-commit',
    targetLevel: 'Staff',
    criterion: 'structure',
    better:
      "Last spring I was the tech lead on our payments ledger service. My manager, Dana, decided we would move the ledger from Postgres to DynamoDB in Q3 to cut hosting costs. I thought that was the wrong call, because our reconciliation jobs relied on multi-row transactions that Dynamo would make painful. My job was to either change her mind with evidence or commit and make the migration safe. First, I wrote a two-page doc comparing the cost savings, about $4,000 a month, against the engineering cost: I estimated eleven weeks of work to rebuild reconciliation. I walked Dana through it one-on-one rather than in the team meeting so she wouldn't feel ambushed. She agreed the cost case was weaker than she'd thought but still wanted to reduce spend, so we settled on a middle path: I proposed moving the read-heavy audit tables to cheaper storage and keeping the transactional core in Postgres. I then led that work myself with one other engineer. We shipped it in five weeks, and hosting costs dropped by about $2,600 a month, roughly two thirds of the original target, with zero reconciliation incidents in the following quarter. Since then, whenever I push back on a decision above me, I bring a cost estimate for the alternative, not just an objection.",
    worse:
      "So in the end it worked out and the app got approved and my manager said fair enough. That was after the release though. Before that, we had the whole thing with the login screen, which was because my manager wanted biometric login in the 4.2 release and I didn't think we had time, and actually the QA cycle was already squeezed because of the holiday freeze. Anyway, I had told him in standup, and then later there was the App Store rejection, which was the first one, and then I fixed the entitlements. Going back a bit, the reason I disagreed was mostly the testing; the Android side was behind too. He said do it anyway and we did, and then we got rejected, and then I pointed out it was what I'd said, and then the second submission went through. So that's the disagreement, and I think it shows I speak up."
  },
  {
    id: 'b2-02',
    trick: 'all-setup-no-ending',
    question: 'Tell me about a project that failed. What happened?',
    competency: 'learning-from-failure',
    targetLevel: 'Senior',
    criterion: 'structure',
    better:
      "In 2022 I built a churn-prediction model for the subscription team at a meal-kit company. The task was to flag customers likely to cancel within 30 days so the retention team could offer them a discount. I trained a gradient-boosted model on eighteen months of order history, and offline it looked strong: an AUC of 0.84. We launched it to a 20% test group. After six weeks the retention team came back: the discounted customers cancelled at almost the same rate as the control group, 11.2% versus 11.6%, and we'd given away about £38,000 in vouchers. I dug into it and found the problem was mine. The model was very good at spotting people who had already decided to leave, mostly people who'd paused deliveries, and by then a voucher didn't change anything. I'd optimised for prediction, not for who could be persuaded. I wrote up the post-mortem myself, recommended we switch the test off, and rebuilt the approach as an uplift model targeting customers whose behaviour a discount could actually change. That second version cut cancellations in the treated group to 9.4% at half the voucher spend. These days, before I build any model that triggers an action, I agree with the business team what decision it will change and how we'll measure that, before I touch the data.",
    worse:
      "So the context here is that I was working at a logistics startup, about 200 people, and we had a support team of maybe fifteen spread across two time zones. The tooling was a mix of Zendesk and a homegrown admin panel that the engineers had built in the early days, and nobody really liked it. There'd been a few reorgs, so the reporting lines were a bit confusing, and the support team sat under operations rather than product, which mattered because it meant we didn't have much say on the roadmap. We also had a big client, a furniture retailer, who made up a large chunk of ticket volume, and they had their own account manager who sometimes promised things we couldn't do. And there was a plan to move to a new ticketing system that year, which had been talked about for a long time. So that was the situation going in, and it didn't really go the way anyone hoped."
  },
  {
    id: 'b2-03',
    trick: 'no-result-section',
    question: 'Tell me about a time you were at risk of missing a deadline.',
    competency: 'deliver-results',
    targetLevel: 'Engineering Manager',
    criterion: 'structure',
    better:
      "Last October my team of six was committed to shipping SSO for our enterprise tier by November 15th, because a 900-seat customer, Halvorsen Logistics, had made it a condition of renewal. Three weeks out, our burndown showed us about ten days behind, mostly because the SAML library we'd picked didn't support their identity provider's signing config. My job was to either hit the date or give the account team a credible new one early enough to matter. I did three things. I pulled our two strongest engineers off everything else and had them spike a replacement library for two days — that was my call, and it meant pausing a reporting feature another PM wanted, so I went and told her myself. I cut scope: we'd ship SAML only, and SCIM provisioning would follow in December. And I called Halvorsen's IT lead with our account manager to confirm SAML alone would unblock their renewal. It would. We shipped SAML on November 13th, two days early, Halvorsen renewed at full seat count, and SCIM went out December 9th. Since then, any date tied to a contract gets a risk review from me at the halfway point, not the three-week mark.",
    worse:
      "Last October my team of six was committed to shipping SSO for our enterprise tier by November 15th, because a 900-seat customer, Halvorsen Logistics, had made it a condition of renewal. Three weeks out, our burndown showed us about ten days behind, mostly because the SAML library we'd picked didn't support their identity provider's signing config. My job was to either hit the date or give the account team a credible new one early enough to matter. I did three things. I pulled our two strongest engineers off everything else and had them spike a replacement library for two days — that was my call, and it meant pausing a reporting feature another PM wanted, so I went and told her myself. I cut scope: we'd ship SAML only, and SCIM provisioning would follow in December. And I called Halvorsen's IT lead with our account manager to confirm SAML alone would unblock their renewal. So yeah, that was the plan, and then we just kept going with it."
  },
  {
    id: 'b2-04',
    trick: 'list-of-fragments',
    question: 'Tell me about a customer escalation you handled.',
    competency: 'earn-trust',
    targetLevel: 'Senior PM',
    criterion: 'structure',
    better:
      "In my last role I was the product manager for invoicing at a B2B accounting platform. In March, our largest reseller, a firm in Leeds with about 1,400 small-business clients, escalated to our COO because a VAT rounding change we'd shipped was producing invoices a penny off, and their clients were receiving queries from their own customers. My responsibility was to stop the damage, repair the relationship with the reseller, and make sure we understood how it had slipped through. Within an hour I had engineering roll the rounding change back behind a flag. I then rang the reseller's operations director myself, explained exactly what had gone wrong in plain terms, and committed to a written timeline by the end of the day, which I sent. I worked with our data analyst to identify every affected invoice, 3,212 of them, and we issued corrected copies automatically over the weekend with a covering note the reseller helped us word. The reseller renewed two months later, and the weekly call I set up with them became the place where they previewed tax changes before launch. I now insist that any change touching tax calculations ships to one willing reseller for a week before general release.",
    worse:
      'Customer escalation. Big client, unhappy. Data export was broken, I think CSV encoding. Account manager pinged me. Lots of Slack. Engineering looked at it. Call with the client, they were angry. Fix went out at some point. Also had to deal with the billing thing that same week. Client calmed down eventually. Learned the importance of communication. Process is better now. Client still with us as far as I know, or they were when I left.'
  },
  {
    id: 'b2-05',
    trick: 'three-half-stories',
    question: 'How do you decide what to work on when everything seems urgent?',
    competency: 'deliver-results',
    targetLevel: 'Senior',
    criterion: 'structure',
    better:
      "My rule is to rank by who is blocked and how badly, then by how reversible the damage is. Let me show how that played out once. In January I was the only frontend engineer on our checkout squad, and on one Monday I had three 'urgent' asks: a marketing banner for a sale starting Thursday, a Safari bug where the card form wouldn't submit for some users, and a design-system upgrade our platform team wanted merged that week. I checked the numbers before anything else. The Safari bug was hitting about 6% of checkout sessions, so real customers were blocked from paying. The banner blocked a campaign but had three days of slack. The upgrade blocked nobody that week. So I fixed Safari first — it was an autofill event we weren't listening for — and shipped that by Monday afternoon. I told marketing they'd have the banner Wednesday morning, and I told the platform team, with the reason, that their upgrade would slip to the following sprint. Nobody loved hearing it, but nobody was surprised on Thursday either. Checkout conversion on Safari went back from 61% to 70%, the banner went live on time, and the upgrade merged nine days later. I still write the blocked-who-and-how-badly note in the ticket whenever I push something back, so the person waiting can see the reasoning.",
    worse:
      "Good question. So there was a time at my old job where we had a release and a security patch at the same time, and I think we did the patch first. Actually, a better example is when I was on the search team and the PM wanted relevance tuning but also the indexing was slow, and we kind of split the difference. Or there's also this one time with the holiday sale, where everything was urgent and we just had to get it all out. I guess in all of these I looked at what mattered most. The search one went okay. The holiday one was a bit chaotic but we got there. And the patch, I'm pretty sure that went out first. So it depends on the situation, really."
  },
  {
    id: 'b2-06',
    trick: 'reverse-order-missing-task',
    question: 'Tell me about a time a metric looked fine but something was actually wrong.',
    competency: 'dive-deep',
    targetLevel: 'Principal',
    criterion: 'structure',
    better:
      "Situation: I was a principal engineer at a video streaming company. Our playback success rate dashboard sat at 99.2% for months, and every quarterly review called it green. Task: Nobody asked me to question it. But support tickets about 'video won't start' had doubled in a quarter, and that didn't square with 99.2%, so I made it my job to reconcile the two. Action: I pulled raw client logs for a week and traced how the metric was computed. It counted a playback as successful when the manifest loaded, not when the first frame rendered. Sessions where users gave up after eight seconds of spinner never errored, so they counted as successes. I wrote a new definition — first frame within ten seconds — backfilled it over ninety days, and presented both numbers side by side to the video platform leads and our VP. I also paired with the Android lead to add the first-frame event, because older Android builds didn't emit it. Result: The real success rate was 94.1%. That reframed the roadmap: two teams spent the next quarter on startup latency, the corrected metric rose to 98.3%, and 'won't start' tickets fell by about 40%. Reflection: I now ask what a user experiences as failure before I trust any reliability metric, and I make teams write that sentence into the metric's definition.",
    worse:
      "The big lesson for me was never trust a dashboard. We ended up changing how latency was reported across the org, and the p99 looked much worse but it was honest. I'd rewritten the aggregation so it didn't average percentiles across hosts, because that's mathematically wrong. Before that I'd found it by comparing with load-balancer logs. And it all started because the search API dashboard was showing a flat p99 while some customers complained. There were a few other people involved too. So yes, lesson first, and that's pretty much the story."
  },
  {
    id: 'b2-07',
    trick: 'observer',
    question: 'Tell me about a time you went deep to find the root cause of a production problem.',
    competency: 'dive-deep',
    targetLevel: 'Senior',
    criterion: 'ownership',
    better:
      "I was on call for our payments API at a travel firm in 2023 when p99 latency started spiking to about four seconds every day at 14:00 UTC, for roughly ten minutes. Dashboards showed nothing obviously wrong: CPU, memory and database load all looked normal. I took the investigation on myself. I correlated the spikes with every scheduled job in our cron config and found nothing, so I captured a packet trace on two pods during a spike. That showed connections to our fraud-scoring vendor stalling on DNS. I then checked our resolver config and realised the vendor's DNS record had a TTL of exactly 24 hours, and our sidecar's cache refreshed all entries at once, so every pod queued behind the same lookup at the same moment. I wrote a fix to pre-fetch records before expiry and add jitter, tested it in staging with a synthetic five-minute TTL, and rolled it out behind a flag to one region first. The daily spike disappeared — p99 at 14:00 went from about 4,000 milliseconds back to the normal 320 — and we stopped losing roughly 200 bookings a day to timeouts. Afterwards I added a 'what changes on the hour?' check to our incident runbook, because three of the last five odd latency patterns we've had turned out to be synchronised expiries.",
    worse:
      'There was a really gnarly outage at my last company, a ticketing platform, where our Kafka consumers kept falling behind every night around 1 a.m., and by the morning the order-confirmation emails were running about three hours late. Customers were ringing support asking whether their tickets had gone through, and it went on for nearly two weeks. I sat in on the incident bridge for most of it, and I watched our staff engineer, Priya, work through the consumer lag graphs partition by partition. It was fascinating to see how she narrowed it down. She noticed the lag always started a few minutes after the nightly deploy job, pulled the group coordinator logs, and found a rebalance storm: the deploy script restarted every consumer at once, so the group kept rebalancing for forty minutes and nothing got processed. I was in the post-mortem review too, and I saw how the team decided to stagger restarts and switch to cooperative rebalancing, and how Priya argued for adding a lag alert tied to the deploy pipeline. Our team lead wrote up the action items and the platform team picked them up. After that, the nightly lag went from hours to under a minute, and the confirmation-email complaints stopped completely. I took a lot of notes through the whole thing, and it really shaped how I think about debugging distributed systems. These days when I look at a lag graph I always check what was deployed just before it.'
  },
  {
    id: 'b2-08',
    trick: 'did-as-told',
    question: 'Tell me about a time you took ownership of something nobody owned.',
    competency: 'ownership',
    targetLevel: 'Staff',
    criterion: 'ownership',
    better:
      "At my last company our iOS and Android build pipelines had no owner. They'd been set up by an engineer who'd left, and by early 2023 the main-branch build took 48 minutes and was red about a third of the time, mostly from flaky UI tests. Every team complained in retro; nobody had it on their roadmap. I decided to take it on, and I told my manager I'd spend about 30% of my time on it for a quarter rather than asking permission for each piece. First I tagged every failed build for two weeks to find the causes: 70% came from eleven tests. I quarantined those, filed each one to the owning team with the failure logs, and set a two-week deadline to fix or delete. I moved the Android build to remote caching, which I prototyped on a branch and then rolled out. By the end of the quarter main-branch builds took 19 minutes and were green 96% of the time. Then I wrote an ownership doc and got the mobile platform team to formally adopt the pipeline with an on-call rotation, so it wouldn't go ownerless again. I now end anything I pick up informally with a named owner, even if that owner isn't me.",
    worse:
      "At my previous job, at a SaaS company of about 300 engineers, our internal feature-flag service didn't really have an owner. It had been built by a platform team that was reorganised, and over the years stale flags had piled up — there were over 600 of them, and some had been fully rolled out for more than two years, which made the code hard to read and occasionally caused incidents when someone toggled an old flag by mistake. My manager noticed this during planning and asked me to clean them up as my main task for the quarter. He gave me a spreadsheet of the flags he thought could go, grouped by team, and a template for the PR description. I went through the list and removed them one by one, raising a PR for each owning team with the template filled in. When a team objected or didn't respond, I checked with my manager and did what he suggested — sometimes that was leaving the flag, sometimes escalating to their lead. He also asked me to write a short wiki page about the removal process, so I did that, and I presented it at our team demo because he thought it would be useful for others. By the end of the quarter we were down to about 250 flags, from over 600, and there were no incidents caused by the removals. My manager was pleased with how it went and mentioned it in my review."
  },
  {
    id: 'b2-09',
    trick: 'we-without-me',
    question: 'Tell me about a hard trade-off you had to make.',
    competency: 'deliver-results',
    targetLevel: 'Engineering Manager',
    criterion: 'ownership',
    better:
      "Last year my team owned the notifications platform at a food-delivery company — seven engineers. In Q2 we had two commitments that couldn't both land: moving push notifications off a vendor whose contract ended in August, and a quiet-hours feature the growth team had promised to a regulator in the Netherlands by July. We laid out the work together, and it came to about fourteen engineer-weeks more than we had. The call was mine. I decided we'd do the regulatory feature first, fully, because missing it carried legal risk, and negotiate a three-month extension on the vendor contract rather than rush a migration. I made that case to my director with the cost, about €18,000 for the extension, and I ran the negotiation with the vendor's account rep myself. Then I split the team: four on quiet hours, three starting the migration design so we wouldn't lose the quarter entirely. I took on the migration's cutover planning personally so those three could stay focused on design. We shipped quiet hours on 28 June, the regulator signed off, and the migration finished in October with no delivery drop — push success held at 99.6% through cutover. I've since started every quarter by pricing the 'buy time' option next to the 'work harder' one, because that extension was cheaper than any overtime plan we'd sketched.",
    worse:
      "We had a big trade-off on the web team last year at an outdoor-clothing retailer. We'd been planning to rebuild the product search page, which was slow and had poor filters, but we also had the holiday release coming, with new gift-guide pages and a checkout change that marketing needed for Black Friday. There wasn't enough capacity for both, and the search rebuild was already about a month in. We discussed it as a team over a couple of meetings. We looked at the traffic forecasts and the revenue at stake over the holiday period, and we decided the holiday release was more important. We then re-planned the sprint, and we agreed to push the search rebuild into January. We talked to the search stakeholders and explained the reasoning, and we made sure they knew it wasn't being cancelled. We also made sure QA had enough time on the checkout change, since that was the riskiest part, and we set up a code freeze a week before Black Friday. In the end we shipped the holiday release on time, traffic over Black Friday was up 22% on the year before, and checkout conversion held steady through the peak. We started the search rebuild in the second week of January as planned and finished it by March. We were really proud of how we handled it, and it was a good example of the team prioritising together."
  },
  {
    id: 'b2-10',
    trick: 'blames-others',
    question: 'Tell me about a time a project you were leading went wrong.',
    competency: 'learning-from-failure',
    targetLevel: 'Senior',
    criterion: 'ownership',
    better:
      "I led the migration of our order-history API from a monolith endpoint to a new service at an e-commerce company in 2021. The plan was a two-week cutover behind a percentage rollout. At 25% traffic, customers started seeing orders from other accounts — only a handful, but that's a data-exposure incident. I'd written the caching layer, and I'd keyed the cache on order ID without the account ID, assuming IDs were globally unique. They weren't: a legacy import from an acquired brand had reused ID ranges. I rolled the traffic back to 0% myself within twelve minutes of the first report, paged our security lead, and wrote the incident timeline that night. I owned the customer-facing part with our privacy officer: we identified 37 affected customers and notified all of them within 48 hours. Then I fixed the key, added a test built from the actual colliding IDs, and restarted the rollout a week later. The migration completed with no further incidents, and p95 on order history dropped from 1.1 seconds to 240 milliseconds. The mistake was mine — I'd assumed uniqueness without checking. Now, before I write any cache key, I query production for collisions on the fields I'm using, which takes five minutes.",
    worse:
      "I led the migration of our order-history API from a monolith endpoint to a new service at an e-commerce company in 2021. The plan was a two-week cutover behind a percentage rollout. At 25% traffic, customers started seeing orders from other accounts — only a handful, but that's a data-exposure incident. It turned out the data team had never told anyone that a legacy import from an acquired brand had reused ID ranges, so order IDs weren't unique. Honestly, that should have been documented. QA also didn't catch it, which was surprising given how long they'd had the build. Eventually the traffic was rolled back and security got involved, and the privacy people handled the customer notifications. Once the data team fixed their documentation, the rollout restarted and completed, and p95 on order history dropped from 1.1 seconds to 240 milliseconds. It wasn't really a failure on the engineering side — it was a data governance problem."
  },
  {
    id: 'b2-11',
    trick: 'watched-someone-else',
    question: 'Tell me about a time you influenced a decision without having authority.',
    competency: 'earn-trust',
    targetLevel: 'Senior',
    criterion: 'ownership',
    better:
      "So at a fintech I worked at, I was the designer on onboarding, and the compliance team owned the identity-check step. Their flow asked for a passport photo, a selfie and proof of address all up front, and about 58% of people dropped off there. I had no say over compliance — they reported to legal, not product. I didn't start with a redesign. I asked their lead, Marcus, if I could shadow two of his analysts for an afternoon, and found out they only actually needed proof of address for about 15% of applicants — the ones flagged as higher risk. Everyone else got asked for it 'just in case'. I then mocked up a flow that asked for address proof only when the risk check flagged someone, and — this was the important bit — I took it to Marcus first, before anyone in product saw it, and asked him to poke holes in it. He added two edge cases, and then he presented it to legal himself, as his team's proposal. It went live eight weeks later. Drop-off at that step went from 58% to 34%, and compliance had fewer documents to review, which is why they backed it. I now take rough designs to whoever owns the constraint before I show my own team. It's a day slower and saves weeks.",
    worse:
      "At my last company the engineering team wanted to adopt a new component library, but the design team was resistant. I watched our head of design, Ellen, handle it really skilfully. She set up a working session, brought both sides together, and let the engineers demo it on real screens. I was in the room for that, and I saw how she turned the conversation around by asking what the designers were worried about. In the end the library was adopted, and design-to-dev handoff time went down by about half. It really showed me how influence works without authority, and it's a model I'd like to follow."
  },
  {
    id: 'b2-12',
    trick: 'passive-voice',
    question: 'Tell me about a decision you made with incomplete data.',
    competency: 'bias-for-action',
    targetLevel: 'Principal',
    criterion: 'ownership',
    better:
      "In 2022 I was the principal engineer for data infrastructure at a health-tech company. Our data warehouse vendor announced a price change that would raise our bill from about $60,000 to $150,000 a year, effective in ninety days. We didn't know how our query patterns would perform on the alternatives, and a full benchmark would have taken most of that window. I decided not to wait for a complete benchmark. I chose the twenty most expensive recurring queries, which made up about 70% of our compute, and ran them on two alternative platforms over one week myself. I was explicit with our CTO and the analytics lead that this was a partial picture, and I set a tripwire: if any of the twenty regressed by more than 2x, we'd renegotiate with the existing vendor instead of moving. None did. I recommended the move, wrote the migration plan in three phases, and kept the old warehouse read-only for thirty days as a fallback, which I insisted on despite the extra cost. We finished in eleven weeks. Annual spend came out at about $71,000. Two dashboards did regress, and the fallback let us fix them without analysts losing access. I now write down, before deciding, the single result that would make me change my mind, and I share it with whoever has to live with the decision.",
    worse:
      'At my previous company, a social app for runners with about two million monthly users, a decision had to be made about whether to move our mobile backend from REST to GraphQL. The feed screen was making eleven REST calls on launch and the app felt sluggish on older Android phones, but the data on how GraphQL would actually perform for us was incomplete, and there was a lot of debate. A spike was carried out over a couple of weeks, and some benchmarks were gathered on the feed and profile screens. The results were promising but partial, since only two screens were covered. After a review with the mobile and backend leads, it was decided that GraphQL would be adopted for new endpoints, with the existing REST endpoints left in place until they needed changes anyway. The migration plan was written up, a gateway was set up in front of the existing services, and the rollout was completed over two quarters, screen by screen. Some concerns were raised about caching, and those were addressed with persisted queries. Payload sizes were reduced by about 35% on the main feed screen, and the number of network calls on launch went from eleven to two. App start time was improved too, particularly on older devices. Looking back, it was the right decision given what was known at the time, and the approach of adopting it for new endpoints first was seen as a sensible way to manage the risk.'
  },
  {
    id: 'b2-13',
    trick: 'buzzwords',
    question: 'Tell me about a time you raised the quality bar on your team.',
    competency: 'ownership',
    targetLevel: 'Staff',
    criterion: 'specificity',
    better:
      "At a SaaS analytics company in 2023, our React dashboard app had 31 production incidents in one quarter, and when I read through them, 19 were the same kind of bug: a chart component crashing on an empty or null dataset. I was the staff engineer for the web platform. I wrote a one-page proposal and took it to the four frontend leads: every chart component would get a shared 'empty, loading, error, huge' fixture set, and CI would render each component against all four. I built the fixture harness myself in a week, added it to the six most-used charts, and paired with each team lead for an hour to add it to theirs. I also changed our PR template to require a screenshot of the empty state, which got some grumbling. I kept it but made the check skippable with a one-line reason, and I reviewed the skip reasons monthly. The next quarter we had 9 incidents, and only 2 were chart crashes. The harness caught 14 bugs in CI in its first two months. Whenever I propose a quality initiative these days, it starts from the most repeated incident type, because 'be more careful' never survived contact with a deadline, and a fixture did.",
    worse:
      "Quality is something I'm really passionate about, so this is a great question. At my last company I championed a shift-left quality culture, driving end-to-end ownership and continuous improvement across the engineering org. I partnered cross-functionally with product and design to embed best practices at every stage of the lifecycle, and I leveraged automation to unlock developer velocity while aligning stakeholders around a holistic, risk-based testing strategy. A big part of it was mindset. I evangelised a zero-defect mindset and fostered psychological safety, so teams felt empowered to raise issues early instead of sweeping them under the carpet. I also drove a culture of blameless learning, so that when things went wrong we treated it as an opportunity to improve the system rather than blame individuals. I championed observability-first thinking, quality gates, and a definition of done that put the customer at the centre. I worked closely with leadership to make quality a first-class citizen on the roadmap, rather than something that gets squeezed at the end of a sprint, and I helped teams balance speed with sustainability. The result was a real step-change in our quality posture, a much more mature engineering culture overall, and much stronger alignment between engineering and the business on what good looks like. Leadership really recognised the impact, and it's an approach I'd bring to any team I join."
  },
  {
    id: 'b2-14',
    trick: 'hypothetical-tense',
    question: 'Tell me about a time you had to make a product decision with incomplete data.',
    competency: 'bias-for-action',
    targetLevel: 'Senior PM',
    criterion: 'specificity',
    better:
      "Sure. In 2022 I was the PM for a language-learning app's subscription flow, and our finance team wanted to raise the annual price from $59.99 to $79.99 before the January peak. We had no price-elasticity data — we'd never changed price — and a full A/B test would have needed about six weeks to read, which would have missed January entirely. I decided to move without the full test. I did three things. I looked at the closest proxy we had: in Brazil and Mexico we'd charged a localised higher price for a year, and conversion there was only about 8% lower than in comparable markets. I then proposed a two-week test in just those two markets plus the UK, sized to detect a 15% drop — not precise, but enough to catch a disaster. And I agreed a kill switch with finance: if trial-to-paid dropped more than 15%, we'd revert within a day. The test showed a 6% drop in conversion, so revenue per trial went up by about 24%. We rolled out globally on 27 December. January subscription revenue was 19% above the prior year on roughly flat trial volume. I now agree the kill criterion with whoever's taking the risk before a test starts, not after we see the numbers.",
    worse:
      "I think in a situation like that, I would start by figuring out what data we do have and what the biggest unknowns are. I'd talk to customers and stakeholders to get a sense of the risk. I would probably run a small experiment if there was time, and if not I'd make a call based on the best information available and set clear success metrics. I'd also make sure to have a rollback plan. Then I'd communicate the decision clearly to the team and revisit it once more data came in. That's generally how I'd approach decisions under uncertainty."
  },
  {
    id: 'b2-15',
    trick: 'habitual-generalities',
    question: 'Tell me about a time you helped someone on your team grow.',
    competency: 'earn-trust',
    targetLevel: 'Engineering Manager',
    criterion: 'specificity',
    better:
      "In 2023 I managed a team of eight backend engineers at an insurance company. One of them, Tomasz, was a strong mid-level engineer who'd been passed over for promotion twice, and the feedback both times was 'not enough influence beyond his own tickets'. I asked him what he actually wanted, and it turned out he was interested in our claims-processing pipeline, which was slow and which nobody wanted to touch. I gave him the problem rather than a task: reduce end-to-end claim processing time, with the freedom to pull in people from other teams. I set up a fortnightly thirty-minute check-in purely on that project, and I deliberately stayed out of the design review so he'd have to lead it. Early on he drafted a design without talking to the fraud team, and I suggested he present it to their lead before anyone else. That meeting changed the design significantly, and he told me afterwards it was the first time he'd seen why that mattered. Over five months, median claim processing went from 36 hours to 9. He presented the results to the wider engineering group himself and was promoted to senior in the next cycle. I now give growth candidates a problem with an outcome and a deadline, not a list of tickets, and I keep my name off their design review.",
    worse:
      "Growing people is one of my favourite parts of the job. Generally, I like to have regular one-to-ones with everyone and understand their career goals. I usually try to find stretch opportunities that match what they want to learn, and I tend to give feedback little and often rather than saving it for reviews. Typically I'll pair more junior engineers with seniors on tricky pieces of work. Over time, I've seen a lot of people on my teams get promoted, and most of them say the one-to-ones were really helpful. I think creating that environment is key."
  },
  {
    id: 'b2-16',
    trick: 'no-names-or-moments',
    question: 'Tell me about a difficult customer escalation you handled.',
    competency: 'earn-trust',
    targetLevel: 'Senior',
    criterion: 'specificity',
    better:
      "Last August I was the support lead for enterprise accounts at a scheduling-software company. On a Friday afternoon, the operations director at Pinebrook Health — a hospital group with about 4,000 users — emailed our CEO directly because shift swaps between nurses hadn't been syncing for three days, and two wards had gone understaffed overnight. I picked it up within the hour. I called their director, Angela, myself, apologised without hedging, and asked her to walk me through exactly which wards and which shifts. That call gave engineering the detail they'd been missing: it only happened when a swap crossed midnight. I opened a bridge with our on-call engineer and stayed on it until they'd confirmed the timezone bug and had a fix, around 9 p.m. In the meantime I had my team manually reconcile the 212 affected swaps against Pinebrook's rota spreadsheet so their managers had a correct schedule by Saturday morning. I sent Angela updates at 6, 9 and midnight, exactly when I said I would. The fix went out Saturday, no further missed swaps were reported, and Pinebrook renewed their three-year contract that November. On the first call with any escalated customer, before anything else, I still ask for one concrete example — it's the fastest way to get engineering unstuck.",
    worse:
      "I was a support lead, and sometimes we'd get escalations from big customers who were really upset. In this case a customer was having an issue with a sync feature, and they'd gone over our heads to senior leadership. I reached out to them quickly and apologised, and I got on a call to understand the problem. I worked with engineering to get a fix, and in the meantime my team helped the customer work around it. I kept them updated regularly throughout. Eventually the issue was resolved and the customer stayed with us. I think the key is just really listening and being responsive."
  },
  {
    id: 'b2-17',
    trick: 'composite-story',
    question: 'Tell me about a conflict with a peer and how you resolved it.',
    competency: 'disagree-and-commit',
    targetLevel: 'Staff',
    criterion: 'specificity',
    better:
      "2023, ride-sharing company. I was a staff engineer on payments and clashed with Raj, the staff engineer on driver payouts, about idempotency. He wanted each service to dedupe on its own; I wanted a shared idempotency service, because we'd had two double-payout incidents that year at about $30,000 each. After two weeks of design-doc comments it was getting personal, so I asked him for an afternoon call to walk through both incidents line by line. He turned out to be right about something I'd waved away: a shared service added a network hop his latency budget couldn't afford. I wrote up the compromise that night — a shared library with a common key format and a shared Redis store, no extra hop. I'd wanted a central audit log too; I dropped it, said so in the doc, and committed. Both teams adopted it within six weeks. Zero double payouts in the fourteen months since. After two rounds of written comments, I move a design argument to a call.",
    worse:
      "I've had a few conflicts with peers over the years, and they tend to follow a pattern. Across several projects there've been disagreements about architecture or priorities, sometimes with other tech leads, sometimes with product. In most of those cases I've found that getting on a call helps, as does focusing on data instead of opinions. A couple of times I've compromised, and a couple of times I've held my ground when I felt strongly. Overall, I'd say the relationships usually end up stronger afterwards, and the projects generally land well."
  },
  {
    id: 'b2-18',
    trick: 'security-buzzwords',
    question: 'Tell me about a time you said no to a senior stakeholder.',
    competency: 'disagree-and-commit',
    targetLevel: 'Principal',
    criterion: 'specificity',
    better:
      "Early 2024. I was principal security engineer at a retail bank. The head of mobile banking wanted to launch 'log in with a link' — a magic link by SMS — in our app's March release, because the marketing launch was already booked. I said no to launching it in that form. SIM-swap fraud had cost the bank about £1.2 million the previous year, and an SMS-only login would have given a SIM-swapper full account access. I didn't just block it. I wrote a two-page threat model and walked the head of mobile and her PM through three specific fraud cases from our own records. Then I offered an alternative I'd scoped with two of her engineers: magic links only on devices already bound to the customer, with SMS kept as a step-up factor rather than the only one. That version fitted the March date with one sprint of extra work. She wasn't pleased, and escalated to the CISO. I briefed the CISO beforehand so there were no surprises; he backed the alternative. We launched the device-bound version in March. Login success rose from 91% to 97%, and we've had no account takeovers through that flow. I now bring a workable alternative, scoped with the team's own engineers, to any 'no' I give.",
    worse:
      "As a security leader, I often have to push back. In one case a business stakeholder wanted to fast-track a feature that didn't align with our zero-trust posture. I leveraged a risk-based approach, applied defence-in-depth principles and shifted security left by engaging early. I articulated the threat landscape, aligned on risk appetite, and partnered with the business to find a secure-by-design path forward. Ultimately we achieved a strong security outcome while still enabling the business, which is what modern security should be about."
  },
  {
    id: 'b2-19',
    trick: 'made-up-scale',
    question: 'Tell me about a time you helped someone on your team grow.',
    competency: 'earn-trust',
    targetLevel: 'Engineering Manager',
    criterion: 'measurableResult',
    better:
      "Two years ago I managed a mobile team of six at a fitness app. One of our engineers, Aisha, had joined as a junior from a bootcamp and was stuck: eight months in, her PRs averaged about four review rounds before merging, and she'd stopped picking up anything outside the settings screens. I paired her with our senior iOS engineer for one feature — the workout history redesign — and set one rule: she owned the design doc and the final call, and he only advised. I also started doing fifteen-minute PR walkthroughs with her before she requested review, for six weeks, and then stopped on purpose. It was rocky at first; her first doc got torn apart in review. I sat with her afterwards and we went through which comments were about substance and which were taste. Over the next two quarters her average review rounds dropped from about four to under two, she shipped workout history on schedule, and its seven-day retention was 5 points higher than the old screen's. She was promoted to mid-level twelve months after joining, and she now mentors our newest hire. I keep walkthroughs time-boxed now — six weeks, then I stop — because the stopping was what made her trust her own judgement.",
    worse:
      "I mentored a junior engineer, Kevin, on my team last year at a property-management software company. He'd joined straight from university and was bright, but he needed a lot of hand-holding: he'd get stuck on a ticket for days without asking for help, and his PRs often came back with a long list of comments. When he started, I'd have put him at about a 3 out of 10 on what I call my 'autonomy index', which is how I track how independently someone works. I set up weekly one-to-ones focused on unblocking, gave him progressively harder tickets — starting with small bug fixes and moving up to a full feature on the tenant portal — and made sure he got detailed feedback on every PR from me or one of the seniors. I also encouraged him to post in the team channel when he'd been stuck for more than an hour, which he found hard at first. By the end of the year he was at an 8 on the autonomy index, and his confidence score had gone from 'low' to 'high-medium'. He was leading small pieces of work and even reviewing other people's PRs. Team morale improved too — I'd say from a 6 to a solid 9 — partly because the seniors weren't spending so much time unblocking him. He's now taking on much bigger pieces of work, and I think it's one of the things I'm proudest of as a manager."
  },
  {
    id: 'b2-20',
    trick: 'vague-result',
    question: 'Tell me about a time you delivered something under a tight deadline.',
    competency: 'deliver-results',
    targetLevel: 'Senior',
    criterion: 'measurableResult',
    better:
      "At a property-listing site in 2022, our biggest estate-agency partner told us on a Monday that they'd pull their listings unless we could ingest their new XML feed format by the end of the month. That feed was about a fifth of our inventory. I was the senior engineer on ingestion and took the job on. I read their spec that evening and realised we didn't need a new pipeline: nearly all the fields mapped onto our existing schema. So instead of the rewrite the team had assumed, I wrote a translation layer in front of the old parser, and I got their integration engineer to send me a real daily file in week one rather than waiting for their test environment. That real file turned up three things the spec didn't mention, including prices in pence rather than pounds. I fixed them in the first week, which left two weeks for a shadow run comparing old and new output every night. We switched over four days early. The feed that used to take most of a night to process now finished in under an hour, and listing errors reported by that agency went from a couple of dozen a week to almost none. Now I ask for a real production file on day one of any integration, before I read the spec twice.",
    worse:
      "We had a tight deadline at my last job, at a coffee chain with a few hundred shops, to launch a new loyalty programme before the Christmas season. The old stamp-card system was being retired, marketing had already booked the campaign, and we had about ten weeks from the go-ahead to launch. I was the lead backend engineer. I designed the points-ledger service so that every earn and redeem was an append-only event, which made refunds and corrections much simpler. I set up the event pipeline from the tills, working with the vendor who supplied the point-of-sale software, and I wrote the reconciliation job that checked the ledger against till transactions every night. When it became clear we wouldn't make the date with everything in scope, I negotiated with the marketing team to drop tiered rewards from the first version, which saved us about three weeks. I also worked long hours with the team in the last fortnight, pairing with the mobile developers on the app integration. We launched on time, and it went really well. Customers seemed to like it, the business was happy, and it performed much better than expected in the first few weeks. The reconciliation job caught a couple of issues early, which meant there were no major problems over the holidays. Tiered rewards came out in the spring. It was a great success overall, and it's one of the projects I'm proudest of."
  },
  {
    id: 'b2-21',
    trick: 'numbers-no-baseline',
    question: 'Tell me about a time a metric looked healthy but hid a problem.',
    competency: 'dive-deep',
    targetLevel: 'Staff',
    criterion: 'measurableResult',
    better:
      "At a marketplace for home cleaners, our 'booking completion rate' sat at around 92% all through 2022 and was green on the exec dashboard. I was the staff data scientist for supply. In a routine review I noticed that cancellations by cleaners were excluded from the denominator — the metric only counted bookings that reached the day of service. I rebuilt it to count every booking from confirmation, and the true completion rate was 78%. Worse, it was 64% in our three newest cities, which the blended number had hidden. I took the rebuilt metric to the head of supply with a breakdown: most of the gap came from cleaners cancelling, within 24 hours, jobs more than 30 minutes' drive away. I proposed we cap the travel radius for new cleaners in their first month, and ran that as an experiment in two of the new cities. Completion in the test cities went from 64% to 81% over eight weeks, and we rolled the cap out everywhere. The company-wide rate on the corrected definition rose from 78% to 86% by the end of the year. Whenever I inherit a metric, I rebuild its denominator from raw events before I report on it.",
    worse:
      "At my last company, an HR software provider, I noticed our API uptime dashboard said everything was fine, but I had a feeling something was off, because customers kept mentioning intermittent errors on the integrations forum and our support team had started a spreadsheet of them. I dug into the load-balancer logs and compared them with the health-check results. It turned out the health checks were hitting a static endpoint that returned 200 without touching the database or the cache, so an instance could be completely unable to serve real requests and still be reported as healthy. During database failovers, in particular, several instances kept receiving traffic they couldn't handle. I rewrote the health check to do a real, lightweight dependency check, with a short timeout so it couldn't pile up, and I added synthetic transactions that exercised the three most-used API endpoints every minute from two regions. I also changed the dashboard to show availability as measured by the synthetic checks rather than the load balancer. After that, we were at 99.7% real availability, p99 was 480 milliseconds, and we had 12 incidents that quarter. We also got 340 alerts a month, which were much more actionable. The support team's spreadsheet was retired. So it made a big difference to how we understood our reliability, and these days I always ask what a health check is actually checking."
  },
  {
    id: 'b2-22',
    trick: 'feel-good-result',
    question: 'Tell me about a time you took ownership of something outside your role.',
    competency: 'ownership',
    targetLevel: 'Senior',
    criterion: 'measurableResult',
    better:
      "At a travel-booking startup, our accessibility was nobody's job. In early 2023 a blind customer wrote in that she couldn't complete a booking with her screen reader, and the ticket got passed between three teams for two weeks. I was a frontend engineer on search, not checkout, but I picked it up. I ran the booking flow with VoiceOver myself that afternoon and found the payment form's custom dropdowns weren't focusable at all. I fixed those in two days, then asked my manager for a week to audit the whole flow. I ran axe on every step, logged 47 issues, fixed the 18 in shared components myself, and filed the rest with the owning teams with exact repro steps. I also emailed the customer directly to tell her it was fixed, and asked if she'd test the new version. She did, and found two more issues, which I fixed. Within six weeks the booking flow went from 47 automated accessibility violations to 3, and completed bookings using a screen reader — which we could now track — went from effectively zero to about 40 a month. I now run the critical path with a screen reader before any release I'm involved in; it takes fifteen minutes.",
    worse:
      "At a travel-booking startup, our accessibility was nobody's job. In early 2023 a blind customer wrote in that she couldn't complete a booking with her screen reader, and the ticket got passed between three teams for two weeks. I was a frontend engineer on search, not checkout, but I picked it up. I ran the booking flow with VoiceOver myself that afternoon and found the payment form's custom dropdowns weren't focusable at all. I fixed those in two days, then asked my manager for a week to audit the whole flow. I ran axe on every step, logged 47 issues, fixed the 18 in shared components myself, and filed the rest with the owning teams with exact repro steps. I also emailed the customer directly to tell her it was fixed, and asked if she'd test the new version. She did, and found two more issues, which I fixed. In the end it went really well. The customer was really happy, my manager was pleased, and the accessibility of the site felt much better overall. It was a good result for everyone. I now run the critical path with a screen reader before any release I'm involved in; it takes fifteen minutes."
  },
  {
    id: 'b2-23',
    trick: 'vanity-points',
    question: 'Tell me about a hard trade-off you made between two things users wanted.',
    competency: 'deliver-results',
    targetLevel: 'Senior PM',
    criterion: 'measurableResult',
    better:
      'In 2023 I was the PM for the driver app at a parcel-delivery company. Drivers wanted two things badly: offline mode for rural routes with no signal, and a faster proof-of-delivery photo flow. We had capacity for one in the quarter. I pulled the data. Failed-sync events showed about 7% of stops were in no-signal areas, and each one cost a driver around three minutes of retrying. The photo flow took about 40 seconds per stop, but that was on every stop. On a typical 120-stop day, offline mode would save a rural driver roughly 25 minutes; if we could get the photo step down to about 15 seconds, that would save every driver around 50 minutes across the day. I chose the photo flow, and I told the rural depot managers myself why, with the numbers, and committed to offline mode the next quarter. One of them pushed back hard, so I arranged for her drivers to be the first beta group for offline. The new photo flow cut proof of delivery from about 40 seconds to 12, and average route completion time dropped by 31 minutes. Offline mode shipped the following quarter, and failed syncs fell by 90% at the rural depots. I now show the losing side of a trade-off the same spreadsheet I used, rather than a summary of the decision.',
    worse:
      "I was PM on a music-streaming app where users wanted both better playlists and a redesigned home screen. I chose the home screen because it had more visibility, and I explained the call to the playlist team. We shipped it in one quarter, and the impact was great: our team velocity went from 30 points to 45 points, our internal delight score went from 'good' to 'excellent', and user engagement moved from a 2 to a 4 on the engagement framework we'd built. Playlists came the quarter after that. I think it showed strong prioritisation."
  },
  {
    id: 'b2-24',
    trick: 'output-not-outcome',
    question: 'Tell me about a time you went beyond what was asked of you.',
    competency: 'beyond-assigned',
    targetLevel: 'Principal',
    criterion: 'measurableResult',
    better:
      "In 2023 I was a principal engineer at a logistics company, assigned to design a new model-serving platform. While interviewing the data science teams for requirements, I kept hearing the same complaint: getting a trained model into production took about nine days, and most of that was waiting on hand-written deployment tickets to the infra team. That wasn't my brief — my brief was the serving layer — but it was obvious the new platform would change nothing if deployment stayed manual. I wrote a short proposal to the VP of data and my own director to extend my scope by six weeks, which they agreed to. I then designed a self-service deploy path: a model registry entry plus a reviewed config file, with automated canarying against the live model. I built the canary comparison myself and worked with two infra engineers on the rest. Six of the eight data science teams moved onto it within a quarter. Time from trained model to production went from nine days to two, and the infra team's queue of model-deploy tickets shrank to roughly a third of what it had been. Two teams shipped models that quarter that had been stuck for months. When I design a platform now, I measure the slowest step of the user's whole journey first, not just the piece I've been asked to build.",
    worse:
      'On my last team I was asked to build an internal admin tool for the customer success team, but I went beyond that. I also built an API for it, wrote a CLI, added dark mode, and documented everything. In total I wrote about 14,000 lines of code, merged 62 PRs, wrote 11 design docs, and gave 4 tech talks on it over the quarter. I worked a lot of evenings to get it all done. It was definitely above and beyond what my role required.'
  },
  {
    id: 'b2-25',
    trick: 'title-dropping',
    question: 'Tell me about a time you influenced a decision across teams without authority.',
    competency: 'earn-trust',
    targetLevel: 'Staff',
    criterion: 'scope',
    better:
      "In 2022 I was a staff engineer on the checkout team at an online grocer. Nine product teams called our pricing service, and each had its own retry logic. During peak hours, retries from all nine would pile up on pricing and take it down; we had four outages in two months, each stopping orders for roughly twenty minutes. I had no authority over those teams. I built a small client library with shared retry budgets and circuit breaking, and then I went team by team rather than sending a mandate. For each of the nine, I looked at their actual retry code, opened a PR that swapped it for the library, and asked their lead to review it as if it were their own change. Two teams refused at first because of release freezes; I agreed to wait and checked back after the freeze. All nine teams had merged the library within eleven weeks. We had no pricing outages in the following six months, including Christmas, when order volume was about two and a half times normal — roughly 180,000 orders on the peak day went through without a single checkout failure from pricing. Opening the PR myself turned a debate into a review, and it's how I approach any change I need from another team.",
    worse:
      'At my previous company, a mid-sized fintech, I drove a major cross-org initiative to standardise our logging. Every team logged in its own format, and it made incident investigations across services painful. I wrote a proposal and presented it to the CTO and two VPs, and the CTO personally endorsed it at an all-hands, which really helped with momentum. I then worked with several directors to get buy-in across the organisation, and I set up a steering group with representatives from each division. There was some resistance at first, but once the senior leadership sponsorship was clear, the directors brought their teams along. It became a company-wide standard, written into the engineering handbook, and it was mentioned at the engineering leadership offsite as one of the strategic wins of the year. The VP of Infrastructure called it one of the most important initiatives of the year, and the CTO referenced it in his quarterly update to the board. For me personally, it definitely raised my profile at the exec level, and it led to me being asked to join the architecture review board. I think it showed I can operate at the level of the whole organisation, not just my own team, and that I can get senior people behind an idea.'
  },
  {
    id: 'b2-26',
    trick: 'scope-too-small-for-level',
    question: 'Tell me about a time you raised the bar on engineering quality.',
    competency: 'ownership',
    targetLevel: 'Principal',
    criterion: 'scope',
    better:
      "In 2023 I was a principal engineer at a B2B software company with about 140 engineers across 18 teams. Our change-failure rate — deployments causing an incident or rollback — was around 22%, and each team had its own idea of what 'ready to ship' meant. I decided the fix had to be org-wide but not a mandate. I analysed the previous six months of incidents myself and found that 60% of failing changes lacked one of three things: a feature flag, a migration that could run backwards, or an alert on the new code path. I wrote a one-page ship checklist around just those three, and rather than policing it, I built a CI check that surfaced missing items as warnings on the PR. I piloted it with four teams for a month, adjusted the rules based on their complaints — the migration check was too noisy — and then presented the pilot data at our engineering leads' forum. Fifteen of the eighteen teams opted in within the quarter. Over the next two quarters, change-failure rate dropped from 22% to 9%, and mean time to restore fell from about 90 minutes to 35, because flagged changes could simply be switched off. I now pilot any org-wide standard with the teams most likely to hate it, first.",
    worse:
      "At my last job, I noticed that one of our utility functions for date formatting didn't have any unit tests. I wrote a test suite for it — about 30 test cases covering timezones and leap years — and found two edge-case bugs, which I fixed. I also added a lint rule to my own repo to flag untested utility files. My PRs after that had fewer review comments, and I think it set a good example for the people around me. Quality is something I hold myself to a high standard on."
  },
  {
    id: 'b2-27',
    trick: 'ic-scope-for-director',
    question: "How do you prioritise across competing teams' needs?",
    competency: 'deliver-results',
    targetLevel: 'Director',
    criterion: 'scope',
    better:
      "I prioritise by agreeing one company outcome for the half-year and making every team's top item trace back to it. Let me give you the time that was tested hardest. In 2023 I was Director of Engineering for a 60-person platform group — five teams — at a payroll company. In planning, the teams brought 41 'top priorities' between them, and three product directors each had a different number one: a new tax engine, a mobile app rebuild and SOC 2 certification. I ran a two-day session with the five engineering managers and the three product directors. We agreed the half's outcome was retaining our 30 largest customers, because they were half our revenue and their renewals were due. Two of them had made SOC 2 a renewal condition. So SOC 2 went first, and the tax engine second because it blocked a statutory change in April. I personally told the mobile director that the rebuild would wait, and why, before the plan was published. I then cut the list to eight funded priorities and published what we weren't doing as explicitly as what we were. We passed SOC 2 in September, the tax engine shipped before the April deadline, and 29 of the 30 customers renewed. The 'not doing' list turned out to be the part people actually read, so it goes out first in every plan I publish.",
    worse:
      "When I've got competing requests, I prioritise my own work by keeping a ranked to-do list. For example, last quarter I had a bug from the billing team, a small feature from marketing and some tech debt I wanted to tackle. I did the bug first because it was affecting invoices, then the marketing feature, and I squeezed the tech debt in on Fridays. I always try to keep my tickets moving and let requesters know when I'll get to their item. Everything got done within the quarter."
  },
  {
    id: 'b2-28',
    trick: 'big-words-no-reach',
    question: 'Tell me about a customer escalation you turned around.',
    competency: 'earn-trust',
    targetLevel: 'Senior PM',
    criterion: 'scope',
    better:
      "Last year I was the PM for our reporting product at an HR software company. Our largest customer in the education sector — a state university system with 23 campuses and about 41,000 employees — escalated because our payroll export was timing out for their biggest campuses, and their finance team was building reports by hand every fortnight. I flew out to meet their HR systems team in person, watched two of their analysts try to run the export, and saw that they were exporting every field for every employee because our UI had no saved field selections. I worked with our engineering lead to ship saved export templates in three weeks, prioritised over a roadmap item I pushed back a sprint, and we added async exports with email delivery for large exports. The export for their largest campus went from timing out to completing in about four minutes. Their finance team dropped the manual workaround, which they told us had been taking two people a day and a half each pay cycle. They renewed and added two campuses they'd been running on a competitor. And because the templates were a general feature, about 300 other customers used them in the first month. I now watch a customer do the task before I write a single line of spec.",
    worse:
      'Last year I was the PM for our reporting product at an HR software company. A strategic enterprise customer escalated at the highest levels because our payroll export was timing out. I flew out to meet their HR systems team in person, watched two of their analysts try to run the export, and saw that they were exporting every field for every employee because our UI had no saved field selections. I worked with our engineering lead to ship saved export templates in three weeks, prioritised over a roadmap item I pushed back a sprint, and we added async exports with email delivery for large exports. This was a mission-critical, enterprise-wide, C-suite-visible issue, and our CEO and their CIO were both following it closely. Resolving it was a strategic win at the executive level, and the feature became a platform-wide capability with organisation-level impact. I now watch a customer do the task before I write a single line of spec.'
  },
  {
    id: 'b2-29',
    trick: 'manager-talks-only-about-own-code',
    question: 'Tell me about a time your team was at risk of missing a deadline.',
    competency: 'deliver-results',
    targetLevel: 'Engineering Manager',
    criterion: 'scope',
    better:
      "In spring 2024 I was managing a team of seven building the new booking flow for a dental-practice app, and we'd promised it to our 2,300 practices for the start of May, because they'd been told the old flow would be switched off. Five weeks out, our tracking showed us about three weeks behind. The main cause was that our two Android engineers were both half-allocated to an urgent payment-provider migration. I did three things. I went to my director with a clear choice — delay the booking launch, or take one Android engineer fully off payments — and got the second option agreed. I cut the reschedule feature from launch scope after checking with four practices that it was the least-used part of the old flow. And I moved our QA engineer to test daily builds with two pilot practices rather than waiting for a final build, which caught a calendar-sync bug about three weeks earlier than we'd otherwise have found it. We launched to all 2,300 practices on 2 May, one day late, and online bookings in the first month were 14% higher than the old flow's monthly average. Reschedule followed in June. At every weekly check-in since, I look at how people are actually allocated, not at what the plan says.",
    worse:
      "I was managing a team of five at a B2B analytics company when we were falling behind on a release for a new reporting feature. We'd promised it to customers for the end of the quarter, and with three weeks to go the reports were taking far too long to load in testing, which made the whole feature unusable. I realised the bottleneck was the query layer, so I took that on myself, since I knew the schema better than anyone. I profiled the three heaviest reports, found they were doing full scans on the events table, rewrote the SQL to use pre-aggregated daily tables, and added two composite indexes. I also rewrote the pagination so it used keyset pagination instead of offsets, which made a big difference on the larger accounts. That got page load from around eight seconds down to just over one. I worked late for two weeks to get it done, and I reviewed the team's PRs in the evenings so they weren't blocked on me during the day. I also wrote a quick load test so we could check it wouldn't regress. The release went out on time at the end of the quarter, and the performance improvement was really noticeable — a couple of customers commented on how fast the new reports were. It was a good example of me rolling up my sleeves when the team needed it."
  },
  {
    id: 'b2-30',
    trick: 'audience-not-impact',
    question: 'Tell me about a time you went beyond your role.',
    competency: 'beyond-assigned',
    targetLevel: 'Staff',
    criterion: 'scope',
    better:
      "2023, fintech, staff SRE. My remit was infrastructure reliability, not alert quality. But on-call engineers across 12 product teams were getting about 1,100 pages a month, and when I sampled 200, roughly 70% needed no action. I wrote a script that scored every alert by how often its page led to an action within 30 minutes. Then I sat with each team's on-call lead for 45 minutes, went through their ten worst alerts, and let them decide what to delete. I deleted nothing myself. Three months later: 380 pages a month, and median time to acknowledge the real ones fell from 14 minutes to 4. I still run that script every quarter and hand the results over. Teams keep alerts cleaner when they made the cut.",
    worse:
      "I went beyond my role when I put together a proposal on our API versioning strategy, which wasn't strictly my job. I presented it to the Head of Engineering and the CTO, and later at the quarterly leadership review, where the COO was also present. The CTO said it was exactly the kind of thinking he wanted to see from staff engineers, and I was invited to join the architecture council afterwards. It gave me a lot of exposure to senior leadership."
  },
  {
    id: 'b2-31',
    trick: 'feeling-only',
    question: 'Tell me about a time you failed.',
    competency: 'learning-from-failure',
    targetLevel: 'Senior',
    criterion: 'reflection',
    better:
      "Yeah — in 2022 I was the lead iOS engineer for a banking app, and I shipped a release that logged out about 80,000 users. I'd changed how we stored the session token, moving it to a different keychain access group for an upcoming widget. I tested it on fresh installs, but not on upgrades from the previous version, where the old token lived in the old group. The morning after release, support got hundreds of tickets. I confirmed the cause within an hour, wrote a migration that read the old group and moved the token across, and we pushed it as an expedited release the same day. I also wrote the customer-facing message with our support lead, because people were worried their accounts had been compromised. About 80,000 users had to log in again, and we had roughly 1,900 support contacts over two days. The fix stopped any further logouts. What I changed: every release I'm responsible for now goes through an upgrade test from the previous two App Store versions, and I added that to our release checklist so it doesn't depend on me. I also stopped treating 'works on a fresh install' as done for anything touching stored data.",
    worse:
      "At my last company I led the rollout of a new search indexing pipeline, and on launch day it corrupted about 15% of product listings, which meant those items couldn't be found for most of a day. I rolled it back, spent the night fixing the serialisation bug, and relaunched two days later, and it's been stable since. Honestly, it was one of the most frustrating weeks of my career. I felt awful about it, and it was really stressful for the whole team. I still think about it sometimes."
  },
  {
    id: 'b2-32',
    trick: 'humble-brag-weakness',
    question: "What's a real weakness of yours, and what have you done about it?",
    competency: 'learning-from-failure',
    targetLevel: 'Staff',
    criterion: 'reflection',
    better:
      "A real one: I'm slow to delegate work I find interesting, and it's cost my teams. The clearest example was in 2023. I was the staff engineer on a search relaunch at a recruitment platform, and I kept the ranking redesign for myself because I enjoyed it. By week six I was the bottleneck: two mid-level engineers were waiting on my decisions, and our launch slipped by three weeks. In the retro, one of them, Nadia, said quite plainly that she'd have liked to own part of the ranking work and had never been offered it. Since then I've done two concrete things. At the start of any project, I write down which parts I'd personally most enjoy, and I offer at least one of them to someone else first. And I keep a weekly list of decisions other people are waiting on from me; if anything's been on it for more than two days, I either decide or hand it over. On the next project, a job-alerts rebuild, Nadia owned the matching logic end to end, and we shipped on the planned date. I still notice the urge to hold on to things. The list is how I catch it.",
    worse:
      "Honestly, my biggest weakness is that I care too much about the quality of my work. I just can't ship something I'm not proud of, so I'll often stay late to polish it. I'm also a bit of a perfectionist — I'll rewrite a design doc three or four times until it's right. And sometimes I take on too much because I want the team to succeed. I've been working on it by trying to trust others more, but it's hard when you have high standards."
  },
  {
    id: 'b2-33',
    trick: 'cue-words-no-change',
    question: 'Tell me about a time you disagreed with your manager and turned out to be wrong.',
    competency: 'disagree-and-commit',
    targetLevel: 'Engineering Manager',
    criterion: 'reflection',
    better:
      "In 2022 I was an engineering manager for a team of six at a logistics SaaS company. My director, Helen, wanted us to send a weekly written status update to her peers. I pushed back hard: I thought it was overhead, and that our Jira board already showed everything. She asked me to try it for six weeks anyway. I agreed, with some grumbling, and wrote the updates myself so the team wouldn't lose time. About four weeks in, the sales director read one of my updates and flagged that a feature we'd marked 'on track' had been promised to a customer a month earlier than our date. Nobody on my team knew that promise existed. We reshuffled and shipped it in time, and that customer — about $400,000 a year — renewed. The Jira board would never have surfaced it, because the people who knew about the promise never looked at Jira. I told Helen she'd been right, in our next one-on-one. I still write that update every Friday, and when I object to a process now, I first ask who reads its output before I call it overhead.",
    worse:
      "My manager once wanted us to move to two-week sprints from a Kanban flow, and I disagreed, because I thought Kanban suited our support-heavy workload. We debated it in a couple of one-on-ones and I ended up going along with it. It turned out sprints worked fine and the team's delivery was more predictable. It was a really valuable learning experience. I learned a lot about being open-minded, and the big lesson for me was the importance of trusting your manager. Next time I'll definitely keep that in mind."
  },
  {
    id: 'b2-34',
    trick: 'lesson-blames-others',
    question: 'Tell me about a bug you shipped to production.',
    competency: 'learning-from-failure',
    targetLevel: 'Senior',
    criterion: 'reflection',
    better:
      "2023, food delivery. I shipped a change to our promo-code service that let one code be applied twice when a customer double-tapped 'apply'. Over a weekend about 3,400 orders got double discounts — roughly £21,000. My fault. I'd moved the redemption check out of a database transaction for speed and assumed the client debounced the button. On Android it didn't. A finance alert flagged it Monday morning. I put the check back inside the transaction with a unique constraint on order and code, deployed by eleven, and wrote the incident report. No repeats since. What changed: I don't trust the client with anything involving money. Every money path I write gets a server-side uniqueness guarantee, and in review I ask 'what if this arrives twice?' on every write endpoint.",
    worse:
      "I shipped a change to our notification service that sent duplicate push messages to about 200,000 users one evening. We rolled it back after about forty minutes and fixed the retry logic the next morning, so no further duplicates went out. Looking back, the main lesson is that our QA team needs to test retry scenarios properly — that's what they're there for. And the product manager rushed the release, which didn't help. If the process had been followed, it wouldn't have happened."
  },
  {
    id: 'b2-35',
    trick: 'no-reflection',
    question: 'Tell me about a decision you made with incomplete information.',
    competency: 'bias-for-action',
    targetLevel: 'Director',
    criterion: 'reflection',
    better:
      "In March 2020 I was Director of Product at a fitness-studio booking platform with about 1,800 studios. Within a week, lockdowns closed nearly all of them, and bookings fell 94%. We didn't know how long closures would last or whether studios would go online at all. I made a call without the data we'd normally want: we'd build a livestream class feature in three weeks, reusing our booking and payments flow with a Zoom integration rather than building video ourselves. I pulled two squads off the roadmap for it, told the CEO we'd know within a month whether studios would use it, and set the measure: 300 studios running paid online classes by the end of April, or we'd stop. I phoned twenty studio owners that first week myself to check they'd actually use it, and cut anything they didn't ask for. We launched on 6 April. By the end of April, 640 studios were running paid online classes, and that revenue kept about 70% of our customers from cancelling through the summer. Since then, whenever I make a big call on thin evidence, I say the stop condition and the review date out loud, in the same meeting as the decision. It's what made it easy to commit two squads here: everyone knew when we'd look again, so nobody had to fight for certainty first.",
    worse:
      "In March 2020 I was Director of Product at a fitness-studio booking platform with about 1,800 studios. Within a week, lockdowns closed nearly all of them, and bookings fell 94%. We didn't know how long closures would last or whether studios would go online at all. I made a call without the data we'd normally want: we'd build a livestream class feature in three weeks, reusing our booking and payments flow with a Zoom integration rather than building video ourselves. I pulled two squads off the roadmap for it, told the CEO we'd know within a month whether studios would use it, and set the measure: 300 studios running paid online classes by the end of April, or we'd stop. I phoned twenty studio owners that first week myself to check they'd actually use it, and cut anything they didn't ask for. We launched on 6 April. By the end of April, 640 studios were running paid online classes, and that revenue kept about 70% of our customers from cancelling through the summer."
  },
  {
    id: 'b2-36',
    trick: 'nothing-to-change',
    question: 'Tell me about a hard trade-off between speed and quality.',
    competency: 'deliver-results',
    targetLevel: 'Principal',
    criterion: 'reflection',
    better:
      "In 2022 I was a principal engineer at a healthcare scheduling company when a large hospital network, about 11,000 clinicians, signed on condition that we supported their single sign-on within six weeks. Our auth system was a decade old, and doing SSO properly meant a rewrite we'd estimated at four months. I proposed a deliberate shortcut: an adapter in front of the old auth system that handled SAML for this one customer, with a hard expiry. I wrote the risks into the design doc — the adapter duplicated session logic, and a bug there could lock clinicians out mid-shift — and I got our VP of engineering to sign off on a funded rewrite starting the following quarter, so the shortcut had an end date. We shipped the adapter in five weeks. The hospital went live on schedule, on a $2.1 million annual contract. The rewrite started on time and replaced the adapter five months later. The part I'd change: the adapter caused one outage, 40 minutes of login failures at a single hospital, because I hadn't load-tested it at shift-change peaks. I now load-test any shortcut at the customer's real peak, not our average, because a shortcut gets the same traffic as the real thing.",
    worse:
      "We had a trade-off between launching our new checkout on time and finishing the automated test suite. I made the call to launch on time with manual testing and backfill the automated tests afterwards. We launched on schedule, conversion went up 4% on the old checkout, and we finished the test suite a month later. If I'm honest, I wouldn't change anything — it was the right call, it worked out, and I'd make exactly the same decision again."
  },
  {
    id: 'b2-37',
    trick: 'off-topic-strong-story',
    question: 'Tell me about a conflict you had with a peer and how you handled it.',
    competency: 'disagree-and-commit',
    targetLevel: 'Senior',
    criterion: 'fit',
    better:
      "At a healthcare startup in 2023 I was the senior product designer on patient intake, and I clashed pretty hard with Leo, the senior engineer on the same squad. I'd designed a multi-step intake form with progressive disclosure; he thought it was over-engineered and wanted one long page. It got tense — in one sprint review he called my design 'Dribbble work' in front of the PM. I asked him for a coffee that afternoon, just the two of us. I told him that comment had landed badly, and then I asked him to walk me through his actual concern. It turned out it wasn't aesthetics: the multi-step version needed state persistence across steps, and our form library couldn't do that without about three weeks of work. So we agreed to test it. I built both versions as prototypes, and we ran them together with eight patients at a partner clinic. The multi-step form had fewer errors, but the long page was faster for returning patients. We shipped a hybrid: the long page for returning patients, steps for new ones, which Leo worked out how to build in a week. Completion went from 71% to 88%, and Leo and I co-presented it. I now ask 'what would this cost to build?' in my first review with an engineer, not the third.",
    worse:
      "Sure. Last year I was on call for an online furniture retailer when our primary Postgres cluster failed over at 2 a.m. The replica that got promoted came up with about twenty minutes of replication lag, which meant orders were being written to a database missing all the recent data — including stock levels, so we were about to start overselling. I made the call to put the site into read-only mode, which stopped new orders for about 25 minutes. It wasn't a popular decision at 2 a.m. with the US evening traffic still coming in, but overselling furniture with six-week lead times would have been far worse. While the site was read-only, I pulled the missing transactions from the WAL archive on the old primary, replayed them onto the new one, and checked the stock counts against the warehouse system for the top 200 products before I reopened. We lost zero orders, and only eleven customers contacted support about the downtime. I wrote the post-mortem the next day, and it led to us adding a lag check before automatic failover, so a lagging replica can't be promoted without a human confirming. I now always verify replica lag before promoting anything, and I built a small script the whole team uses for it during failovers. It's been used in three failovers since, all without data loss."
  },
  {
    id: 'b2-38',
    trick: 'success-dressed-as-failure',
    question: 'Tell me about a time you failed.',
    competency: 'learning-from-failure',
    targetLevel: 'Staff',
    criterion: 'fit',
    better:
      "In 2023 I was the staff engineer leading a move of our event pipeline at a media company from nightly batch to streaming. I'd promised product teams near-real-time data by the end of Q2, and I missed it by a full quarter. The failure was in my planning. I'd estimated from the happy path and didn't account for our 140 downstream dbt models, many of which assumed each day's data arrived complete and in one go. When we switched the first consumer to streaming, three revenue dashboards double-counted for a week before an analyst spotted it. I stopped the rollout, told the product leads myself that Q2 was off, and gave them a revised date only after I'd audited every downstream model. That audit took three weeks; I did about half of it and paired with the analytics engineers on the rest. We added idempotent merges to 38 models before restarting. We finished at the end of Q3. Data freshness went from about 26 hours to under 10 minutes, and there were no further double counts. What I do differently: before I commit to a date on any pipeline change, I list every consumer and ask its owner what they assume about arrival and completeness. It takes a couple of days and would have saved three months.",
    worse:
      "My biggest failure was probably when I over-delivered on a migration. I was asked to move our twelve services to Kubernetes in six months, and I did it in four, but I also moved the CI system and set up a service mesh while I was at it. The failure, I suppose, was that I didn't tell the team early enough how fast it was going, so some people were surprised. Everything ran smoothly afterwards and infra costs dropped 30%. So I guess I failed at managing expectations because I moved too quickly."
  },
  {
    id: 'b2-39',
    trick: 'answers-adjacent-question',
    question: 'How do you decide when to ship with known bugs?',
    competency: 'deliver-results',
    targetLevel: 'Senior PM',
    criterion: 'fit',
    better:
      "I ship with a known bug when three things are true: the bug doesn't touch money, data or safety; the people it affects can work around it; and waiting costs the users we'd be helping more than the bug costs the users it hits. If any one of those fails, we wait. Here's the time that rule got tested. In 2023 I was PM for a tax-filing app, a week before the US filing deadline. QA found that on iPads in landscape mode, the dependants screen cut off the last field. It affected about 2% of sessions, and rotating the iPad fixed it. Delaying the release meant about 400,000 users wouldn't get a new deduction-finder feature before the deadline. So I checked the three conditions with our engineering lead. No money or data issue — the field still saved. A workaround existed. And the cost of waiting was large. I approved the release, had support add a help-centre article and an in-app hint on that screen, and we fixed it in a patch four days later. We had 31 support contacts about it, and about 260,000 filers used the deduction finder that week. The same week, I held back a different bug — a rounding error in a state tax estimate — because it failed the first test.",
    worse:
      "I'm a big believer in strong testing. On my last team, I pushed for every feature to have acceptance criteria written before development, and we had QA sign off on each story. We also ran a bug bash before every major release, where the whole team, including designers and support, spent two hours trying to break things. Over the year, our escaped defects dropped by about half. I also made sure bugs were triaged weekly with clear severity levels. Having a good process means fewer surprises at release time."
  },
  {
    id: 'b2-40',
    trick: 'wrong-counterpart',
    question: 'Tell me about a time you disagreed with your manager.',
    competency: 'disagree-and-commit',
    targetLevel: 'Engineering Manager',
    criterion: 'fit',
    better:
      "In 2023 I managed a platform team of six at an online retailer. My manager, the Head of Engineering, Priya, decided that every team would adopt a new incident-management tool within a month, including moving all our runbooks into it. I disagreed: my team was mid-migration of our CDN, and moving forty runbooks during that window risked confusion in exactly the period we were most likely to have incidents. I asked Priya for twenty minutes and brought a one-page timeline showing the CDN cutover dates and the runbooks that mattered for them. I proposed my team adopt the tool for paging immediately but move runbooks six weeks later, after the cutover. She agreed to the paging part but said runbooks had to move within the month, because the old wiki was being shut down on a fixed contract date I hadn't known about. I committed to her date. I moved the twelve CDN-related runbooks myself first, so they'd be right, and had the team do the rest. We moved all forty runbooks in 26 days, and the CDN cutover had one incident, resolved in 18 minutes using the migrated runbook. Now when I push back on a deadline, I ask what's fixing it before I propose a new one.",
    worse:
      "In 2023 I managed a platform team of six at an online retailer. One of my junior engineers, Sam, wanted to move all of our runbooks into a new incident-management tool straight away. I disagreed: the team was mid-migration of our CDN, and moving forty runbooks during that window risked confusion in exactly the period we were most likely to have incidents. I sat down with Sam and walked him through the CDN cutover dates and the runbooks that mattered for them. I explained that we'd adopt the tool for paging immediately but move runbooks six weeks later, after the cutover. He was disappointed but accepted it. We moved all forty runbooks after the cutover, and the CDN cutover had one incident, resolved in 18 minutes. Now when someone on my team pushes for a change mid-project, I ask what's driving the timing before I decide."
  },
  {
    id: 'b2-41',
    trick: 'said-yes-instead',
    question: 'Tell me about a time you said no to a senior stakeholder.',
    competency: 'earn-trust',
    targetLevel: 'Director',
    criterion: 'fit',
    better:
      "In 2023 I was Director of Engineering for a 45-person org at a travel marketplace. Our Chief Commercial Officer asked us to build a custom booking integration for a hotel chain he was courting — about eight weeks of work for two teams, starting immediately. I said no to building it as a one-off. We already had three similar custom integrations, and they took about 20% of one team's time just to maintain. A fourth would have pushed back our partner API — which would serve this chain and about 200 smaller hotels — by another quarter. I didn't say it in an email. I asked the CCO for thirty minutes, brought the maintenance numbers, and offered something: if the chain could integrate through the partner API, I'd commit one engineer to work directly with their team, and I'd bring the API's launch forward by four weeks by pausing an internal tooling project. I told the tooling team's manager myself before the meeting. The CCO took it to the chain, they agreed, and they went live on the partner API in eleven weeks. By the end of the year, 230 hotels were on it, and we'd retired one of the old custom integrations. I've kept the habit of pairing every 'no' to a senior stakeholder with a dated offer.",
    worse:
      "Our VP of Sales once came to me at the last minute needing a custom reporting dashboard for a major prospect demo the following week. It was a large logistics company, and the deal would have been our biggest of the year. My teams were already committed to a release that week, with a fairly tight QA window. I knew how important the deal was to the company, so I said yes. I looked at the release plan with my two engineering managers, and we found two engineers whose work could slip by a week without affecting the release date. I reshuffled them onto the dashboard, and I personally built the data export over the weekend, because it needed access to a reporting database that only a couple of us knew well. I kept the VP updated every day so there were no surprises. We delivered it a day before the demo, and I joined the demo call in case there were technical questions. The prospect signed a $600,000 annual contract a month later. The VP thanked the team at the all-hands, and the release went out only two days later than planned. It's a good example of how I support the business when it really counts. I think engineering leaders need to be partners to sales, not blockers, and being flexible when there's a big opportunity on the table is part of that."
  },
  {
    id: 'b2-42',
    trick: 'about-self-not-mentee',
    question: 'Tell me about a time you grew someone into a bigger role.',
    competency: 'beyond-assigned',
    targetLevel: 'Principal',
    criterion: 'fit',
    better:
      "In 2022 I was a principal engineer at an energy-trading company, and our most experienced senior engineer on the pricing systems, Oluwaseun, wanted to become a staff engineer but had never led anything across teams. I was about to start a cross-team project to replace our end-of-day risk calculation, which touched four teams. Rather than lead it myself, I proposed to our CTO that Oluwaseun lead it with me as his sponsor. I set it up so that he ran the design reviews and wrote the decision records, and I met him weekly to talk through the organisational side rather than the technology — which stakeholder was nervous and why. The hardest moment was when the market-risk team's lead rejected his design in a review. I didn't step in during the meeting. Afterwards, I helped him work out that the objection was about regulatory sign-off timing, not the design itself, and he went back with a phased plan that the lead accepted. The new calculation ran in 40 minutes instead of about four hours, which let traders see overnight risk before the Asian markets opened. Oluwaseun was promoted to staff eight months later. I've since given away two more projects I could have led myself, because someone else needed exactly that project to grow.",
    worse:
      "Growth is really important to me, so this question resonates. A couple of years ago, when I was a senior staff engineer at a payments company, I realised I needed to grow into a more strategic role myself. I'd been very effective at leading my own team's technical work, but I wasn't having much influence on the wider platform. So I took a few deliberate steps. I sought out a mentor outside my company, a principal engineer at a larger firm, and met her monthly. I read a lot about architecture and organisational design, and I started writing short strategy documents even when nobody had asked for them. Then I volunteered to lead our service-decomposition initiative, which involved breaking the monolith into about a dozen services across four teams. It was a stretch. I had to learn to influence teams I didn't manage, to write for executives rather than engineers, and to let go of a lot of the detailed technical decisions. There were some difficult moments, especially when one of the team leads disagreed with the sequencing, but I worked through it with him. I grew enormously — I went from thinking about my team's code to thinking about the whole platform — and I was promoted to principal the following year. It's shaped how I see my own development, and I still meet my mentor every couple of months."
  },
  {
    id: 'b2-43',
    trick: 'fillers',
    question: 'Tell me about a time you dug into data to find the real cause of a problem.',
    competency: 'dive-deep',
    targetLevel: 'Senior',
    criterion: 'delivery',
    better:
      "At a meal-planning app in 2023, our weekly active users dropped about 12% over three weeks, and the first theory in the room was that a competitor's launch was pulling people away. I was the senior data scientist on growth, and I wasn't convinced, because the drop started on a Tuesday, not on the competitor's launch date. I split the decline by platform, app version and country. Almost all of it was on Android, and almost all of that was on one app version, 6.14. Then I joined our event data with crash reports and found the app wasn't crashing — the weekly meal-plan notification had stopped firing on that version. A refactor had changed the notification channel ID, and Android 13 treats a new channel as off until the user enables it. I took the analysis to the Android lead that afternoon with the exact version and the channel change. He confirmed it within an hour. We shipped a fix that prompted affected users to re-enable notifications, and I set up an alert on notification send volume by app version. Within two weeks, weekly actives were back within 1% of where they'd been. Acting on the competitor theory would have meant a pricing change we didn't need. I now split any metric drop by app version before I look at anything external.",
    worse:
      "So, um, basically, yeah, there was this thing where, like, our conversion on the sign-up page sort of dropped, I mean, quite a bit, you know? And, um, everyone was kind of like, oh, it's the new design, but, I mean, I wasn't, like, totally sure, you know? So I basically, um, went into the data and, like, sort of looked at it by browser and stuff. And, you know, it was, like, mostly Firefox, basically. And, um, it turned out the, like, the captcha thing wasn't loading on Firefox, I mean, for some reason, sort of a script issue, you know? So, um, we fixed it, basically, and conversion, like, went back up to, um, around where it was, I think? So, yeah. Basically, I sort of always, like, check by browser now, you know?"
  },
  {
    id: 'b2-44',
    trick: 'padding-preamble',
    question: 'Tell me about a time you took ownership of a problem nobody else would touch.',
    competency: 'ownership',
    targetLevel: 'Staff',
    criterion: 'delivery',
    better:
      "In 2022 I was a staff engineer at an online-education company. Our nightly data export to university partners — 60 institutions used it for grade reporting — failed about twice a week. It had been written by a team that had since been dissolved, and for months the fix was whoever was on call re-running it by hand. I took it on and told my manager I'd own it until it was either fixed or properly handed over. I spent the first week reading the code and the last three months of failure logs. Most failures had one cause: the job pulled all grades in a single query, which timed out on end-of-term nights. I rewrote it to export per institution, with retries per institution, so one slow partner couldn't fail the rest. I also added a status page partners could check themselves. Failures went from about eight a month to one in the following quarter, and on-call re-runs stopped entirely. Partner tickets about missing grades dropped from around 30 a month to 4. Then I wrote a runbook and got the data platform team to take the job into their rotation. Any orphaned system I pick up gets its handover written into the goal on day one.",
    worse:
      "That's a great question, and I think ownership is one of the most important qualities an engineer can have, so I'm glad you asked. Before I answer, I want to give a bit of background on how I think about ownership in general, because I think it frames the story. For me, ownership means caring about outcomes, not just tasks, and I've always been the kind of person who, when I see something broken, wants to fix it. I think that comes from my first job, actually, at a small agency, where there was no one else to do things, so you just had to. Anyway, it's something I've carried with me throughout my career, across four companies now, and it's something my managers have always commented on in reviews. So, the story. At my last company there was a flaky deploy script that nobody owned, and it failed maybe once a week. I rewrote it over a couple of days and added some logging, and after that it pretty much stopped failing. And, going back to what I was saying, I think that really shows the mindset — seeing a gap and filling it, because at the end of the day that's what being a staff engineer is about. It's not about titles, it's about impact and caring about the team and the company. I think that's something I'd really bring to this role as well, and it's a big part of why I'm excited about this opportunity and about the culture here."
  },
  {
    id: 'b2-45',
    trick: 'under-forty-words',
    question: 'Tell me about a time you acted quickly without waiting for permission.',
    competency: 'bias-for-action',
    targetLevel: 'Senior PM',
    criterion: 'delivery',
    better:
      "In 2023 I was the PM for a grocery app's substitutions feature. On a Saturday morning I noticed on our live dashboard that substitution acceptance had dropped from about 80% to 35% overnight. Customers were rejecting nearly every swap at the door. I looked at a sample of rejected orders and saw that a catalogue update the night before had mapped thousands of own-brand products to premium alternatives at up to three times the price — a 90p tin of tomatoes was being swapped for a £2.80 one. Waiting until Monday meant two more days of bad substitutions, and our head of product was on a flight. I used the feature flag I had access to and switched substitutions to 'ask the customer first' for all orders, which was the safe fallback. I posted in the incident channel what I'd done and why, and messaged the catalogue team's on-call. They fixed the mapping by Sunday afternoon and I switched the flag back. Later Saturday orders had 78% acceptance, and we avoided roughly 6,000 bad substitutions. On Monday I wrote the decision up for my head of product. We've since agreed, in writing, which flags I can flip on my own and which need her.",
    worse:
      "Once I noticed checkout was broken on a weekend, so I rolled back the release without waiting for approval. It was fixed quickly and nobody complained. I think it's important to act fast."
  },
  {
    id: 'b2-46',
    trick: 'run-on-sentences',
    question: "Tell me about the hardest technical investigation you've led.",
    competency: 'dive-deep',
    targetLevel: 'Principal',
    criterion: 'delivery',
    better:
      "In 2022 I was a principal engineer at a payments processor. For two months, about one in 50,000 card authorisations returned a duplicate approval code, which our acquiring banks flagged as potential fraud. Three teams had looked at it and closed it as 'can't reproduce'. I took it on. First I gathered every duplicate from the previous sixty days — 412 of them — and looked for anything they shared. They clustered within two seconds of our hourly key-rotation job. That narrowed it down. Next I read the code-generation path end to end. Approval codes came from a counter that each pod seeded from the current time at startup. During key rotation, pods restarted, and two pods starting in the same millisecond got the same seed. I reproduced it in staging by forcing pods to start together. Then I replaced the time seed with a per-pod identifier combined with a database sequence, and rolled it out region by region. Duplicates went from about 200 a month to zero over the next quarter. The banks withdrew the fraud flags, which had been putting around 0.3% of our merchants' transactions through manual review. I now start rare-bug investigations by clustering occurrences in time before reading any code.",
    worse:
      "In 2022 I was a principal engineer at a payments processor where for about two months roughly one in 50,000 card authorisations was returning a duplicate approval code, which our acquiring banks were flagging as potential fraud, and three different teams had already looked at it and closed it as can't reproduce, so I decided I'd take it on myself and I started by gathering every duplicate from the previous sixty days, which was 412 of them, and looking for anything they had in common, and what I found was that they clustered within two seconds of our hourly key-rotation job, which narrowed it down quite a lot, and then I read the code-generation path end to end and found that approval codes came from a counter that each pod seeded from the current time at startup, and during key rotation the pods restarted, and if two pods started in the same millisecond they'd get the same seed, which I then reproduced in staging by forcing pods to start together, and after that I replaced the time seed with a per-pod identifier combined with a database sequence and rolled it out region by region, and duplicates went from about 200 a month to zero over the next quarter, and the banks withdrew the fraud flags, which had been putting about 0.3% of our merchants' transactions through manual review, and so now I always start rare-bug investigations by clustering occurrences in time before reading any code."
  },
  {
    id: 'b2-47',
    trick: 'british-fillers-and-hedging',
    question: 'Tell me about a time you rebuilt trust with a team or stakeholder.',
    competency: 'earn-trust',
    targetLevel: 'Engineering Manager',
    criterion: 'delivery',
    better:
      "When I joined a logistics company as engineering manager for the warehouse-systems team in 2023, the relationship with the warehouse operations managers was bad. In the previous year, two releases had broken the pick-list printers during peak shifts, and the ops managers had started refusing any deployment during working hours — which, across three shifts, was basically all hours. I didn't argue for the release schedule. I spent my first two weeks doing a shift on the floor at each of our three warehouses, and I asked the ops managers to list every time our software had hurt them. They came up with fourteen incidents. I shared that list with my team, and we fixed or put safeguards around eleven of them in six weeks. Then I proposed a deal to the ops managers: we'd deploy only at shift changeovers, with a named engineer on the floor for the first thirty minutes, and any of them could veto a release with one message. I was that engineer for the first five releases. Over the next six months we went from one deploy a month to three a week, with no printer outages. In the next ops survey, satisfaction with engineering went from 2.1 to 4.3 out of 5. I still ask new stakeholders for their list of grievances before I ask them for anything.",
    worse:
      "Right, so, erm, I suppose the one that comes to mind is, sort of, when I took over a team that, to be fair, didn't really get on with the data science lot, if you know what I mean. And, erm, I kind of, I mean, I tried to sort of build bridges, I guess? Like, I set up a few, sort of, joint sessions, erm, and we, well, I suppose we talked things through a bit, to be honest. And it sort of got better, I think, over time, more or less. I mean, I'd like to think so anyway. Erm, so yeah, I reckon it was, sort of, a decent result, all things considered, if that makes sense."
  },
  {
    id: 'b2-48',
    trick: 'repetition-circling',
    question: 'Tell me about a time you delivered a large programme across several teams.',
    competency: 'deliver-results',
    targetLevel: 'Director',
    criterion: 'delivery',
    better:
      "In 2023 I was Director of Technical Programmes at a UK insurer, and I owned the programme to move our motor-claims system off a mainframe before the support contract expired in March 2024. It touched six engineering teams, the claims operations group of about 400 handlers, and two vendors. In my first month I found that each team had its own plan and nobody had a single view of dependencies. I built one integrated plan with the six engineering leads, and we identified the critical path: the migration of 1.8 million historical claims. I moved two engineers from a lower-risk team onto it, which I agreed with their director directly. I ran a fortnightly go/no-go with a fixed set of readiness checks, and I insisted on three full dress rehearsals of the migration over weekends. The second rehearsal found 14,000 claims with mismatched policy references, which we fixed before cutover. We cut over on 10 February 2024, five weeks before the contract expired, with no claims lost. Average claim handling time fell from 11 minutes to 7, and the mainframe's running cost of about £2.4 million a year went away. On every data migration since, I've insisted on at least two full rehearsals, and I budget for the second one to fail.",
    worse:
      "In 2023 I was Director of Technical Programmes at a UK insurer, and I owned the programme to move our motor-claims system off a mainframe. It was a big programme, a really big programme, with six engineering teams. And as I said, it was the motor-claims system, which was on a mainframe, so it needed to move. I built an integrated plan with the six engineering leads — six teams, as I mentioned — and we identified the critical path, which was the data migration. The data migration was the critical path, so that was the key thing. I ran a fortnightly go/no-go and insisted on dress rehearsals, and the rehearsals were really important because, as I say, the data migration was the critical path. So the rehearsals helped with the migration. And we cut over on 10 February 2024, which, going back to the mainframe point, meant we were off the mainframe. Handling time fell from 11 minutes to 7, and the mainframe cost went away, so that's the mainframe gone. So really it was about the plan, the six teams, the rehearsals, and the migration being the critical path, which I think I've said."
  }
]
