import type { AnswerPair } from './types'

/**
 * Third blind hold-out corpus: written by a different author from the scorer, without reading it.
 * Most pairs set two unrelated stories, told by different people, against each other.
 */
export const BLIND3_PAIRS: AnswerPair[] = [
  // ───────────── structure ─────────────
  {
    id: 'b3-01',
    trick: 'jumbled-chronology',
    question: 'Walk me through a time you had to turn around a project that was slipping.',
    competency: 'deliver-results',
    targetLevel: 'Engineering Manager',
    criterion: 'structure',
    better: `Last spring I was running a team of six building the returns portal for a homeware retailer, and eight weeks before the peak-season code freeze we were about five weeks behind. My job was to get a working portal live before the freeze without burning the team out. First, I spent two days going through every open ticket with the tech lead and split them into "must have for peak" and "can wait". That cut the scope from 61 tickets to 34. Then I took the list to the product owner and got her agreement, in writing, that refund-to-gift-card would move to January. I also scrapped our two-hour Thursday planning session and replaced it with a fifteen-minute daily check on the burn-down. We went live nine days before the freeze. Over peak the portal handled about 40,000 returns, and returns calls to the contact centre dropped from roughly 1,200 a week to 450. If I did it again I'd cut scope in week two, not week ten. I now hold a scope review at every third of a project, whether it's slipping or not.`,
    worse: `So the end of it was that we shipped, which was great, although actually the bigger thing was the data migration, which I should explain. The migration had been started by another team before I joined, and there was this whole thing with the vendor, and we had a retro afterwards where we talked about the vendor too. Before that I'd reorganized the standups, but that was after we'd moved the launch date once already, I think in March. Also QA was only part-time on it. Anyway the date moved twice in total, and the second time I put a plan together with the PM, and then we went back and redid some of the estimates, and the timeline kind of got back on track. Somewhere in the middle of that we also brought in two contractors. So yeah, it recovered, it went live about three weeks late, which for that project was okay, and I think people were happy with it in the end.`
  },
  {
    id: 'b3-02',
    trick: 'all-situation-no-action',
    question: 'Give me an example of a time you disagreed with your manager but went along with the decision anyway.',
    competency: 'disagree-and-commit',
    targetLevel: 'Senior',
    criterion: 'structure',
    better: `In 2022 my manager at a payments start-up decided we'd build our own fraud-rules engine instead of buying one. I thought that was a mistake: we were four backend engineers and I'd estimated the build at three months against a two-week integration. I wrote a one-page comparison with the costs and the risks and walked him through it in our one-to-one. He'd heard from two customers that vendor rules were too slow to change, and he kept the decision. I said I'd commit, and I asked to own the rule-evaluation piece so I could keep it small. I designed it around a plain JSON rule format, so analysts could edit rules without a deploy, and set a hard cut-off: if we weren't live in ten weeks we'd revisit buying. We shipped in nine. Analysts changed rules 30-odd times in the first quarter, each in under an hour rather than a vendor ticket. I still think buying was defensible, but I'd undervalued how often the rules change. Now before I argue, I ask what the other person has heard from customers that I haven't.`,
    worse: `So for context, this was at a fairly big logistics company, around 3,000 people, and our group sat under the operations technology org, which had been reorganised twice that year. My manager had come over from the finance side and had quite a different style from the previous one, much more top-down. There was a long-running debate about whether the routing service should be rewritten in Go or kept in Java, and people had strong feelings on both sides. The Java code was about eight years old and nobody who wrote it was still there. Some of the senior engineers thought the rewrite was overdue; others thought it was risky with peak season coming. My manager had a view, and I had a different view, and the architecture group had its own opinion as well. There were a lot of meetings about it over that quarter, and the question kept coming up in planning, and it was definitely one of the more contentious topics on the team at that time.`
  },
  {
    id: 'b3-03',
    trick: 'conclusion-only',
    question: 'Tell me about a time you had to dig into a problem nobody else could figure out.',
    competency: 'dive-deep',
    targetLevel: 'Staff',
    criterion: 'structure',
    better: `At a ticketing company, our checkout service was throwing intermittent signature-validation errors: about 0.3% of payments, only at night, for three weeks. Two teams had looked and closed it as "payment provider flakiness". I'd just joined the platform group and I asked to take it, because 0.3% of our night-time volume was roughly £8,000 a week in failed sales. I pulled a week of failed requests and lined them up against host names rather than time, and every failure came from three of our 40 hosts. On those three, the clocks were drifting by up to four seconds, because they'd been built from an old image that pointed at an NTP server we'd decommissioned. The provider rejected signatures more than three seconds old. I fixed the image, re-pointed NTP across the fleet, and added an alert when any host drifts past half a second. Failures dropped to zero the next night and stayed there. Since then, when something's "random", the first thing I do is group failures by host, region and build before I look at time.`,
    worse: `Honestly it came down to a race condition in the cache warmer. Two pods were writing the same key. We put a lock in and it stopped. The search team had been chasing it for about a month before I picked it up. Orders stopped going missing after that, mostly. There's a test for it now, too.`
  },
  {
    id: 'b3-04',
    trick: 'no-situation-no-result',
    question: 'Describe a situation where you had to learn something fast.',
    competency: 'bias-for-action',
    targetLevel: 'Senior Designer',
    criterion: 'structure',
    better: `Two years ago our head of product asked me, on a Monday, to lead the design of a voice ordering flow for a restaurant client, with a first prototype due in the client workshop that Friday. I'd never designed for voice. My task was to get from zero to something testable in four days. On Monday I read the two platform design guides end to end and wrote down every rule that contradicted how I'd design a screen. On Tuesday I scripted the happy path as a dialogue and acted it out with a colleague playing the assistant, which exposed that our menu had 14 options at one step; nobody can hold 14 things in their head by ear. I cut it to three with "anything else?" as an escape. Wednesday and Thursday I built a Voiceflow prototype and ran five hallway tests. Four of the five people completed an order on their first try, up from one of five on Tuesday's version. The client signed off the direction in the workshop. Now when I start in a new medium I prototype by acting it out on day one, before opening any tool.`,
    worse: `Right, so, Terraform. I watched a load of videos, I read the docs, I broke the staging environment once, which, yeah. I asked the platform guy a bunch of questions. I copied some modules from another repo and changed them. Did a couple of the HashiCorp tutorials in the evenings. Wrote a little cheat sheet for myself. Then there was a bit with state files that I didn't get for ages. Also Kubernetes was in there somewhere, a bit of Helm. I paired with someone on the networking part, VPCs and all that. Kept going until the plans came out clean.`
  },
  {
    id: 'b3-05',
    trick: 'reordered-same-story',
    question: "What's the hardest decision you've made as a leader?",
    competency: 'ownership',
    targetLevel: 'Director',
    criterion: 'structure',
    better: `In 2023 I ran engineering for the mobile group at a fitness company, about 45 people across four teams. Our Android app had been rebuilt over 18 months and was still crashing for 4% of sessions, against 0.5% on the old app. I had to decide whether to keep pushing the new app or roll the user base back to the old one and stop the rebuild. I spent a week with the crash data and the two tech leads and found the crashes came from the new offline-sync layer, which wouldn't be fixed for at least another two quarters. So I rolled back: I moved 100% of users to the old app inside a fortnight, paused the rebuild, and personally told the 11 engineers on it why, one by one, before the all-hands. Crash rate went back to 0.6% within a month and one-star reviews halved. Two engineers left, which I'd expected. What I'd change is that I let it run six months too long. I now set a kill criterion before any rebuild starts, agreed with my boss, so the decision isn't made on sunk cost.`,
    worse: `What I'd change is that I let it run six months too long; I now set a kill criterion before any rebuild starts. The result was the crash rate went back to 0.6% in a month and one-star reviews halved, though two engineers left. I moved all users back to the old app within a fortnight and told the 11 engineers one by one. Which was the rollback, I should say. This was at a fitness company, I was running the mobile group, 45 people. The new Android app was crashing for 4% of sessions versus 0.5% on the old one, because of the offline-sync layer, which I found after a week with the tech leads. And I paused the rebuild. The decision was whether to keep going or roll back, and it was 2023, and it had been an 18-month rebuild.`
  },
  {
    id: 'b3-06',
    trick: 'bullet-fragments',
    question: 'Tell me about a time you went above and beyond for a customer.',
    competency: 'beyond-assigned',
    targetLevel: 'Senior PM',
    criterion: 'structure',
    better: `At a B2B invoicing company, one of our mid-sized customers, a plumbing wholesaler, emailed support in a panic in January: their year-end export had produced 2,300 invoices with the wrong VAT rate, and their accountant's deadline was nine days away. Support had logged it as a bug for the next sprint. I owned the export feature, and I decided this couldn't wait two weeks. I got on a call with their finance lead that afternoon to see exactly what they'd done, reproduced it by the evening, and found the export was using the rate at download time rather than at invoice date. I wrote a one-off correction script with one of our engineers, ran it against a copy of their data, and had their finance lead check 50 invoices before we touched the real ones. They had corrected files in four days and filed on time. The fix went out to all customers the week after, and we found 17 other accounts affected, whom we told before they noticed. That customer renewed and upgraded to the higher tier in March. I now read the support queue for my features every Monday myself.`,
    worse: `Customer in Ohio. Bakery chain. Our scheduling app. Their shifts vanished Friday night. Weekend coming. Drove to the office. Called their ops manager. Found the bad sync job. Restored from backup. Re-sent schedules by text to 90 staff. Stayed till 2am. Fixed. Bakery stayed. Wrote it up Monday. Checked on them all weekend. Good outcome, I think.`
  },

  // ───────────── ownership ─────────────
  {
    id: 'b3-07',
    trick: 'observer-stance',
    question: "Tell me about a time you had to influence a team you didn't manage.",
    competency: 'earn-trust',
    targetLevel: 'Staff',
    criterion: 'ownership',
    better: `At a travel booking site, our search team needed the pricing team to expose a bulk price endpoint; we were making up to 200 single-price calls per search page, and p95 page load was 3.8 seconds. Pricing had said no twice because it wasn't on their roadmap. I didn't have any authority over them, so I started by sitting with their tech lead for an hour to understand why. Their worry was cache invalidation, not effort. So I wrote a design doc that put the bulk endpoint behind their existing cache and offered to have me and one of my engineers build it in their repo, following their review rules. I also brought their on-call lead the load-test numbers so they could see it would lower their traffic, not raise it. They agreed, we built it over three weeks, and their engineers reviewed every PR. Search p95 went from 3.8 to 1.6 seconds, and pricing's request volume dropped by about 70%. When I need something from another team now, I find out what they're afraid of before I ask.`,
    worse: `At my last company the checkout team needed the inventory team to change how they reserved stock, and inventory weren't keen. I was in most of the meetings about it. I saw our director raise it at the quarterly planning session, and I was on the thread where the two tech leads went back and forth on the design. I got to watch how the inventory lead thought about risk, which was really interesting. Eventually, after the VP got involved, inventory agreed to put it on their roadmap and it went out the following quarter. Oversells went down quite a bit after that. It was a great example of cross-team influence and I took a lot away from seeing it up close.`
  },
  {
    id: 'b3-08',
    trick: 'doing-as-told',
    question: 'Tell me about a risky call you made.',
    competency: 'bias-for-action',
    targetLevel: 'Senior',
    criterion: 'ownership',
    better: `I was on call for a food delivery app on a Friday evening when our new restaurant-ranking model started pushing closed restaurants to the top in about a third of cities. Orders were failing at checkout, roughly 120 a minute. The model owner was on a flight. The safe option was to page the whole ML team and wait. I decided to switch the ranking back to the previous model through the feature flag myself, even though the runbook said only the model owner should do that, because every ten minutes was about 1,200 bad orders. I posted in the incident channel what I was doing and why before I did it, flipped it, and watched checkout failures drop to normal within four minutes. Then I wrote up the timeline and left the new model off until the owner landed. It turned out the model was reading a stale opening-hours table. Afterwards I proposed, and the team agreed, that the on-call engineer can roll back any model flag without asking; that's now in the runbook.`,
    worse: `We had a bad deploy on a Friday at the streaming company I worked for, and a lot of users couldn't start playback. My lead told me to roll back the player service, so I rolled it back. Then she asked me to check the dashboards, so I watched the dashboards for about an hour and reported back that errors were down. She asked me to write up the incident timeline, which I did the following Monday, and I sent it to her to review. The rollback was the right call in the end and playback recovered within about 20 minutes. It was quite a stressful night but I think we handled it really well.`
  },
  {
    id: 'b3-09',
    trick: 'strong-we-vs-vague-we',
    question: "Walk me through a launch you're really proud of.",
    competency: 'deliver-results',
    targetLevel: 'Engineering Manager',
    criterion: 'ownership',
    better: `We launched self-serve onboarding at a small HR software company in 2021, and it's still the thing I'm proudest of. Before it, every new customer needed a two-hour call with one of our six onboarding specialists, and there was a three-week queue. We were a team of five engineers and a designer, and I was the manager. I made three calls that shaped it. First, I argued us out of building a full wizard and into importing the customer's existing spreadsheet, because I'd sat in on ten calls and seen that 80% of the time went on re-typing employee data. Second, I set the launch as a 10% rollout to new trials only, so we could keep humans as a fallback. Third, when two weeks before launch the payroll integration wasn't ready, I cut it from v1 and told sales myself. We shipped in eleven weeks. Median time from sign-up to first payroll went from 23 days to 4, and the specialists moved onto our 40 largest accounts. I now sit in on ten customer calls before I let my team scope anything.`,
    worse: `We rebuilt the checkout for our kitchenware store last year, and I'm really proud of how we came together as a team. We looked at the data and we saw people were dropping off at the address step. We talked to customers, we sketched a bunch of options, and we landed on a one-page checkout. We had a lot of debates along the way and we made some hard calls about what to leave out. We hit some bumps near the end with the payment provider, but we worked through them together. We launched before Black Friday and we got great feedback. We really showed what we can do.`
  },
  {
    id: 'b3-10',
    trick: 'blaming-others',
    question: 'Tell me about a time something went wrong on your watch.',
    competency: 'learning-from-failure',
    targetLevel: 'Senior',
    criterion: 'ownership',
    better: `Last year I ran the database migration for our booking platform at a dental practice software company. I'd planned the cut-over for a Sunday at 6am and estimated two hours. I'd tested it on a copy of production from a month earlier, and I didn't re-check table sizes; the appointments table had grown by 40%. The migration took five hours, and 300-odd practices in Australia, who were already open on their Monday, couldn't book appointments for three of them. That was my miss. I made the call at hour two to keep going rather than roll back, because rolling back would also have taken about two hours, and I posted updates to the status page every 30 minutes myself. Afterwards I phoned the six practices who'd raised tickets, and I wrote the incident review, putting my own planning error first. I added a step to our migration checklist to rehearse on a copy no more than 48 hours old and to schedule by the earliest time zone we serve, not ours. We've run four migrations since with no overruns.`,
    worse: `The one that comes to mind is a broken email campaign at the fashion retailer I worked for. Basically, the CRM team sent our spring sale email with the wrong discount code, so about 50,000 customers got a code that didn't work. The copy came from marketing, the code was set up by the e-commerce team, and the email tool was owned by a vendor, so there were a lot of hands on it. Marketing really should have tested it, and frankly the vendor's preview tool is terrible. I was the one who flagged it in Slack once customers started complaining. It got fixed the next morning and they sent an apology email. There was a post-mortem, but honestly it was mostly a process issue between marketing and e-commerce.`
  },
  {
    id: 'b3-11',
    trick: 'passive-same-story',
    question: 'Give me an example of when you took ownership of something outside your role.',
    competency: 'ownership',
    targetLevel: 'Principal',
    criterion: 'ownership',
    better: `At a bank I was a principal engineer in lending, and I noticed that every product team was building its own way to handle customer consent for credit checks. There were five implementations, two of which stored consent in a way our regulator had criticised the year before. None of it was my area. I wrote a two-page note setting out the five approaches and the risk, took it to the heads of engineering for lending and cards, and proposed I lead a shared consent service with one engineer seconded from each team. I wrote the API design myself, ran the weekly review, and personally migrated the first team, mortgages, so the others could copy a real example. Within two quarters all five teams were on it, the two non-compliant stores were retired, and the next internal audit closed with no consent findings, where the year before it had four. I now keep a short list of "things nobody owns" and bring one of them to the architecture forum each quarter.`,
    worse: `At the bank, there were five different ways teams handled credit-check consent, and a couple of them had been criticised by the regulator. I was asked by the head of engineering to look into it, and then I was asked to join a working group on a shared consent service. Someone from each team was put on it. The API design was reviewed in weekly meetings I was part of, and the mortgages team was migrated first. Over a couple of quarters everyone was moved over, and the audit came back clean. It was good to be involved in something that wasn't strictly my area.`
  },
  {
    id: 'b3-12',
    trick: 'manager-did-it',
    question: 'How do you handle a stakeholder who keeps changing requirements?',
    competency: 'earn-trust',
    targetLevel: 'Senior PM',
    criterion: 'ownership',
    better: `The clearest example is a regional sales director I worked with at a car-leasing company while we rebuilt the quote builder. In six weeks she changed the requirements four times; every change came after a call with a big dealer. I realised she wasn't being difficult, she was relaying real customer pain with no way to rank it. So I asked for 30 minutes a week with her and brought a single list of every request so far, each with who asked and roughly what it would cost us in days. I asked her to rank the top five and agreed that anything new went to the bottom unless she swapped something out. I also invited her to the Friday demo so she saw progress instead of hearing about it second-hand. The changes stopped arriving mid-sprint. We shipped the quote builder in ten weeks against an original estimate of twelve, and quote-to-order time for her dealers went from about three days to same-day. These days I set up that ranked list with any stakeholder in the first week, before there's a problem.`,
    worse: `Oh, we had a client at the agency, a drinks brand, whose marketing lead changed the brief for their website basically every week. It was driving the designers mad. In the end our account director got involved and had a firm chat with the client's boss about scope, and after that the account director handled all the change requests and put a change-fee clause in the contract. I mostly kept the Jira board up to date and let the team know what had changed. The project got back on track after that. My main takeaway is that you need someone senior to hold the line.`
  },

  // ───────────── specificity ─────────────
  {
    id: 'b3-13',
    trick: 'generic-habit',
    question: 'Tell me about a conflict with a peer.',
    competency: 'earn-trust',
    targetLevel: 'Senior',
    criterion: 'specificity',
    better: `In my second year at an insurance company, another senior engineer, Priya, and I were both reviewing the design for a new claims API, and we clashed badly. She wanted one endpoint per claim type; I wanted a single generic endpoint. It got heated in a design review in front of six people, and afterwards she stopped reviewing my pull requests. I asked her for a coffee that Thursday and opened by saying I'd been too blunt in the review. Then I asked her to walk me through her worry. It was that the generic endpoint would hide validation rules that differ by claim type, which had caused a production bug on her last team. That was fair. We agreed on a compromise: a single endpoint with per-type validation modules, and she wrote the validation layer while I did the routing. We shipped it in five weeks, and in the first six months it took three new claim types without any change to the API. Priya became one of my most useful reviewers. Now, when a review starts getting heated, I suggest we pick it up one-to-one later that day.`,
    worse: `I usually try to handle conflict with peers by having a direct but respectful conversation. I'll typically take it offline rather than argue in a meeting, and I try to understand where the other person is coming from before I push my own view. Most of the time there's a compromise somewhere in the middle, and I find that if you focus on the shared goal, which is normally what's best for the customer, people come round. I also try not to let things fester. In general I get on well with my peers, and I think a bit of healthy disagreement makes for better designs.`
  },
  {
    id: 'b3-14',
    trick: 'hypothetical-i-would',
    question: "What's a decision you'd make differently if you could go back?",
    competency: 'learning-from-failure',
    targetLevel: 'Director',
    criterion: 'specificity',
    better: `In 2020, as director of engineering at a property listings company, I decided to split our 30-person platform team into four squads aligned to product areas. On paper it made sense. In practice, the shared search infrastructure ended up with no owner. Within five months, search latency had crept from 400 milliseconds to 1.9 seconds, and nobody was on the hook for it, because each squad assumed another one was. I noticed when our SEO lead showed me organic traffic had dropped 12% quarter on quarter. I went back and created a small, permanent search team of three, with its own on-call, and I apologised to the engineers who'd been firefighting it unofficially. Latency was back under 500 milliseconds in eight weeks. If I went back, I'd keep the squads but draw the ownership map before the reorg, not after: every system with a named team. I've done that for both reorgs I've run since, and I share the map with the whole department before the change is announced.`,
    worse: `I think if I could go back, I would probably approach hiring differently. I'd want to involve the team more in the interview process, and I would take more time over each decision rather than rushing to fill a seat. I'd also set clearer expectations with new managers in their first ninety days, and I would check in with them more often. And I'd probably be more willing to make a hard call early if someone wasn't working out. I think that's what I would do differently, looking back.`
  },
  {
    id: 'b3-15',
    trick: 'buzzwords',
    question: 'Tell me about a time you had to get to the bottom of a data problem.',
    competency: 'dive-deep',
    targetLevel: 'Senior',
    criterion: 'specificity',
    better: `At a subscription meal-kit company, finance flagged in our March close that churn on the analytics dashboard was 7.1% but their own spreadsheet said 9.4%. The board pack was due in a week, and I owned the churn pipeline. I pulled 200 customers who were "churned" in finance's sheet but "active" in mine and went through them one by one. About 150 of them had paused their subscription and never come back; our pipeline counted a pause as active forever. The rest were customers who'd switched plans, which created a new subscription ID, so the old one looked like churn in finance's data but not in mine. I wrote up both definitions side by side, sat with the head of finance for an hour, and we agreed a pause becomes churn after 60 days and a plan switch isn't churn. I changed the pipeline and backfilled 18 months. The two numbers now match to within 0.1%, and the board pack went out with one churn figure. I now put the exact definition in the tooltip of every metric I publish.`,
    worse: `Yes, so, at the telco we had a situation where the network-outage data and the customer-complaints data told totally different stories. I took a holistic, end-to-end view and drove a data-centric root-cause analysis across the value chain. I leveraged advanced analytics and cross-functional synergies to surface key insights, built a single pane of glass, and championed a data-first mindset. By aligning stakeholders around a north-star metric, I unlocked transformational value and operationalised best practices going forward.`
  },
  {
    id: 'b3-16',
    trick: 'composite-many-times',
    question: 'Tell me about a time you had to move fast with incomplete information.',
    competency: 'bias-for-action',
    targetLevel: 'Engineering Manager',
    criterion: 'specificity',
    better: `In October 2022 I was managing the identity team at a fintech when a security researcher emailed us at 11pm saying our password-reset links didn't expire. We couldn't confirm how long it had been true or whether anyone had used it. Our security lead was on leave and the CISO wasn't answering. I didn't have the full picture, but I knew that if it was real, every reset link ever sent was a live way into an account. I decided to invalidate every outstanding reset token that night, even though it would break resets for anyone mid-flow. I had one of my engineers write the script while I drafted a note for support, and we ran it at 00:40. Then we shipped a 30-minute expiry by 3am. Next day the logs showed no sign the flaw had been exploited, and support got 40 tickets from people whose links had died, which we'd prepared for. I'd make the same call. What I changed afterwards was writing down who can make that kind of call when security is out, so the next manager doesn't have to wonder.`,
    worse: `There have been plenty of times like that, honestly; it's pretty much the job as a manager. Typically there'll be an incident or a customer escalation and you don't have all the data, and you just have to make a call. What I tend to do is figure out what's reversible and what isn't, make the reversible decisions quickly, and take more time on the one-way doors. I'll usually pull in whoever's around, get a quick read, and go. Most of the time it works out, and when it doesn't, we learn from it in the retro. I'm pretty comfortable with ambiguity in general.`
  },
  {
    id: 'b3-17',
    trick: 'vague-same-story',
    question: 'Describe a time you earned the trust of a sceptical team.',
    competency: 'earn-trust',
    targetLevel: 'Senior Designer',
    criterion: 'specificity',
    better: `When I joined a logistics company as its first senior designer, the warehouse-app engineers, a team of seven in Rotterdam, had been burned by the previous agency, which had handed over 80 screens that couldn't be built on their handheld scanners. In my first week their lead told me, politely, that they'd rather not have a designer. Instead of presenting anything, I spent two night shifts in the warehouse with a scanner, doing picks myself. I saw that pickers wore gloves and worked one-handed, so half the agency's tap targets were useless. I came back with three changes, not 80: bigger targets, a single scan-to-confirm step, and a high-contrast mode for the freezer section. I paired with their lead to build the first one directly in their component library. Mis-picks in the pilot aisle fell from about 2.5% to under 1% over a month. The lead asked me to join their sprint planning after that, which I've done ever since. I now try to do the user's job for a shift before I design anything for them.`,
    worse: `A while back I joined a company where one of the engineering teams was a bit wary of designers because of some bad experiences in the past. So I spent some time getting to know how the users actually worked and spent time with the users in their environment. I came back with a few focused ideas rather than a big redesign, and I worked closely with the engineers to build them in a way that fitted their setup. Things improved for the users, and over time the team started to trust me and involve me more. I try to understand the user's world before I design for it.`
  },
  {
    id: 'b3-18',
    trick: 'philosophy-no-event',
    question: 'Tell me about a time you pushed back on a decision from leadership.',
    competency: 'disagree-and-commit',
    targetLevel: 'Principal',
    criterion: 'specificity',
    better: `In 2023 our CTO at a health-records company announced in an all-hands that we'd move all 60 services to Kubernetes by year end. I was the principal engineer for clinical systems, and I thought the deadline would put our prescribing service at risk, because it had a hard requirement to fail over in under 30 seconds and we'd never tested that on the new cluster. I asked for an hour with him that week and brought one slide: the four services with strict failover requirements and a proposal to move the other 56 on his timeline while those four waited for a failover test. He pushed back hard on splitting the plan. We agreed that I'd run the failover test within six weeks, and if it passed, all 60 would go. It failed at 95 seconds the first time. I worked with the platform team on the fix and it passed at 22 seconds in week nine. All 60 moved by December, with no prescribing outage. I now bring one proposal with a test that settles the argument, rather than a list of objections.`,
    worse: `I'm a big believer in disagree and commit. My philosophy is that it's my job as a principal to speak up when I think leadership is heading in the wrong direction, but to do it with data and respect, and in the right forum. I think it's important to separate the person from the idea. Once a decision's made, I commit fully, even if I argued against it, because a half-hearted execution is worse than either option. I've pushed back on leaders many times in my career, and I think they've generally valued it because I always come with an alternative rather than just a complaint.`
  },

  // ───────────── measurableResult ─────────────
  {
    id: 'b3-19',
    trick: 'results-in-words-vs-vague',
    question: "Tell me about a time you improved something that wasn't your job.",
    competency: 'beyond-assigned',
    targetLevel: 'Senior',
    criterion: 'measurableResult',
    better: `At a mobile games studio I was a gameplay engineer, but every Thursday I watched our release go out and it was painful. One person ran a manual checklist of about forty steps, it took most of a day, and roughly one release in four had to be pulled because someone missed a step. Releases belonged to the build team, who were swamped. I asked their lead if I could take a crack at it in my own time, and he agreed. Over three weeks I scripted the checklist into our CI: signing, store metadata, the version bump and a smoke test on three devices. I walked the build team through it and left them the docs. The Thursday release went from most of a day to about an hour, and in the two months after, not a single release was pulled, where before it had been about one a month. The build team took the script over as their own. I've since made it a habit to spend an hour a week on whatever annoys me most outside my own area.`,
    worse: `At the hospital trust where I worked in IT, rota swaps for the nurses were done by email and a shared spreadsheet, and it was a mess. Nobody had asked me to look at it, but I built a simple form and a Power Automate flow that checked the swap against the staffing rules and updated the rota automatically. I trained the ward managers on it. It made a big difference. Swaps happened a lot faster, there were far fewer mistakes, and the ward managers saved loads of time. The matron on the cardiac ward said it had completely changed things for her team.`
  },
  {
    id: 'b3-20',
    trick: 'made-up-scale',
    question: 'Give me an example of a goal you delivered against the odds.',
    competency: 'deliver-results',
    targetLevel: 'Director',
    criterion: 'measurableResult',
    better: `In 2022 I was director of engineering for a grocery chain's e-commerce arm. The board gave us a target of launching same-day delivery in three cities by November, six months out, and we had no routing system that could plan same-day slots. I had three teams, 22 engineers. I chose to license a routing engine rather than build one, which saved an estimated four months, and put one team on integrating it, one on the slot-booking front end and one on store picking. I ran a weekly risk review with the three leads and operations, and in August I cut the third city's launch to a two-week pilot because its stores weren't ready. We launched in all three cities by 14 November. By the end of December same-day was 18% of online orders in those cities, against a business-case target of 10%, and the on-time rate was 94%. The cost per delivery was within 5% of the plan. I'd start the store-readiness work two months earlier next time; I now put operations readiness on the risk review from week one.`,
    worse: `We had a goal to migrate our whole contact centre, about 300 agents, onto a new cloud telephony platform before the old contract ran out, with half the budget IT had asked for. I drove a phased plan, got the vendor to commit extra support, and ran weekly war rooms. The outcome was great: programme RAG went from red to green, our transformation maturity score went from level 2 to level 4, agent sentiment hit 9 out of 10 on our pulse tool, and delivery confidence reached 100%. Leadership called it a model programme.`
  },
  {
    id: 'b3-21',
    trick: 'numbers-no-baseline',
    question: "Tell me about a time you used data to change someone's mind.",
    competency: 'dive-deep',
    targetLevel: 'Senior PM',
    criterion: 'measurableResult',
    better: `At an online learning platform, our CEO wanted to put the course catalogue behind a sign-up wall, convinced it would grow our email list. I owned the catalogue and thought it would hurt paid conversions, because a lot of buyers found us through search and browsed before signing up. Rather than argue, I proposed a two-week test on 20% of traffic, and he agreed. I also pulled our search-console data to show that 61% of first purchases in the last quarter started on a catalogue page. In the test, the wall did raise email sign-ups, from 3.2% of visitors to 5.1%, but paid conversion fell from 1.4% to 0.9%, which at our volume was about £40,000 a month in lost revenue. I presented both numbers together. The CEO dropped the full wall, and we shipped a softer version: a sign-up prompt after the third course page. That raised sign-ups to 4.3% with no measurable drop in conversion. Now I suggest a time-boxed test whenever a debate with leadership turns into opinions.`,
    worse: `At a mortgage broker, our head of sales was convinced that phoning leads within five minutes didn't matter, and the team called back whenever. I disagreed, so I pulled the CRM data and built a report. It showed we had 4,200 leads that quarter, that the sales team made 9,500 calls, and that a third of leads waited over an hour. I also showed him that average handle time was 11 minutes. When he saw those numbers he changed his mind and brought in a five-minute rule. After that we got to 22% and revenue was £1.3 million. It shows the power of data.`
  },
  {
    id: 'b3-22',
    trick: 'output-not-outcome',
    question: 'Tell me about a project you delivered under a tight deadline.',
    competency: 'deliver-results',
    targetLevel: 'Senior',
    criterion: 'measurableResult',
    better: `In 2023 a new EU rule meant our airline booking site had to show the total price, with all fees, on the first search results page by 1 July, and legal told us about it on 20 May. I was the senior engineer on search. The fee data lived in four different services, and calling them all per result would have doubled page load. I proposed pre-computing fees nightly per route and fare class and caching them next to fares, and I built the pre-computation job myself while two colleagues did the front end. We launched on 26 June, four days early. Page load stayed at 1.3 seconds median, the same as before, and the regulator's check in August found no issues, where two of our competitors were fined. Search-to-booking conversion actually rose slightly, from 2.1% to 2.3%, which we think was fewer people abandoning at the fee surprise. Since then I start any deadline project by asking what we can compute ahead of time.`,
    worse: `In 2023 a new EU rule meant our airline booking site had to show the total price, with all fees, on the first search results page by 1 July, and legal told us about it on 20 May. I was the senior engineer on search. The fee data lived in four different services, and calling them all per result would have doubled page load. I proposed pre-computing fees nightly per route and fare class and caching them next to fares, and I built the pre-computation job myself while two colleagues did the front end. We got it done. We shipped the feature, closed all the tickets, did a demo to the leadership team and wrote up the documentation. Since then I start any deadline project by asking what we can compute ahead of time.`
  },
  {
    id: 'b3-23',
    trick: 'percent-no-base',
    question: "Tell me about a time you made a customer's life noticeably easier.",
    competency: 'beyond-assigned',
    targetLevel: 'Senior Designer',
    criterion: 'measurableResult',
    better: `I was designing the patient app for a physiotherapy chain, and I was meant to be working on the booking flow. But while I was reviewing support tickets for research, I kept seeing the same complaint: patients couldn't find their home-exercise videos after the appointment. It was about 300 tickets a month, a fifth of all support contact. The videos were buried three levels deep under "My plan". I mocked up a "Today's exercises" card on the home screen, tested it with six patients in one clinic, and took it to the product lead with the ticket numbers. She agreed to add it to the next release. After launch, exercise-video tickets dropped from around 300 a month to about 40, and the share of patients who watched at least one video in the week after their session went from 38% to 71%. Clinicians in the pilot clinic told us patients were turning up having actually done their exercises. I now read a month of support tickets at the start of every project, whatever the brief.`,
    worse: `I was the designer on a council's parking-permit service, and residents kept phoning because the renewal form was confusing. I wasn't asked to, but I ran some quick tests with residents in the library, simplified the form from six pages to two and rewrote the guidance in plain English. The impact was massive: completion improved by 250%, calls fell by 70%, and satisfaction went up 45%. The parking team were thrilled and asked me to look at their visitor permits next.`
  },
  {
    id: 'b3-24',
    trick: 'vague-result',
    question: "What's a failure you learned the most from?",
    competency: 'learning-from-failure',
    targetLevel: 'Engineering Manager',
    criterion: 'measurableResult',
    better: `My first year as an engineering manager at an adtech company, I promised our biggest client a reporting API by the end of Q2 without checking with my team first. I'd assumed it was four weeks of work; my tech lead, when I finally asked, said ten. We missed the date by five weeks, the client held back a renewal worth about $600,000 a year, and my team worked two weekends they shouldn't have. To recover, I called the client's head of ops myself, explained that I'd committed before scoping, and offered weekly progress calls and a CSV export as a stop-gap within a week. We shipped the API in early August. They renewed in September, at the same value rather than the 20% increase sales had hoped for. Since then I don't give any external date until the engineers doing the work have sized it, and I give clients a range instead of a day. Over the next six commitments I made to clients that year, all six landed inside the range.`,
    worse: `I'd say a failed product launch at a hardware start-up I worked at, a smart thermostat. We launched before the firmware was really ready, and some units had trouble connecting to home Wi-Fi, and reviews weren't great. I was leading the firmware team. We pushed out a series of updates over the next couple of months and worked with support on a troubleshooting guide. Things gradually improved, and in the end most customers were okay, and the product found its feet. It was tough but it taught me never to launch before you're ready.`
  },

  // ───────────── scope ─────────────
  {
    id: 'b3-25',
    trick: 'too-small-for-level',
    question: "What's the biggest impact you've had in your current role?",
    competency: 'ownership',
    targetLevel: 'Principal',
    criterion: 'scope',
    better: `I'm a principal engineer at a retail bank with about 900 engineers. When I joined, every one of our roughly 120 services had its own hand-rolled deployment pipeline, and a production change took on average 11 days from merge to live, mostly waiting for manual change-approval boards. I spent my first two months mapping where those 11 days went, then wrote the proposal for a single paved-road pipeline with automated risk checks that our risk function would accept in place of the board for low-risk changes. Getting risk to sign off took four months of workshops; that was the real work. I led a group of six engineers from three departments to build it, and we migrated the first 20 services ourselves to prove it. Two years on, 104 of the 120 services use it, median merge-to-live is under a day, and the change board now sees about 30 changes a week instead of 400. It's freed roughly the equivalent of 25 engineers' time across the bank. The thing I'd keep is starting with the risk team, not the tooling.`,
    worse: `I'm a principal engineer at a retail bank. The biggest thing I've done recently is fix the flaky integration tests on my team's payments service. We had about a dozen tests that failed randomly, maybe one build in five, and people had got into the habit of just re-running them. I spent a couple of weeks going through them one by one, found that most of them were sharing a test database and stepping on each other's data, and gave each test its own schema. Now the build is green almost every time, and my four teammates don't waste time re-running builds. I'm really pleased with it because it was a long-standing annoyance on the team.`
  },
  {
    id: 'b3-26',
    trick: 'title-dropping',
    question: 'Tell me about a time you had to align several teams behind one plan.',
    competency: 'earn-trust',
    targetLevel: 'Director',
    criterion: 'scope',
    better: `At a ride-hailing company I was director for driver products, and in 2022 we had to change how drivers were paid across 14 countries, moving from weekly to daily payouts. It touched five teams in three departments: payments, driver app, finance operations, local country operations and compliance, about 70 people, none of whom reported to me except the driver-app team. Each had a different view of the risk. I wrote a single plan with country-by-country gates and got each team lead to write their own section and sign it, rather than writing it for them. I ran one 45-minute weekly review for all five and made it the only place dates could change. We rolled out to 14 countries over five months, with two countries delayed a month by banking partners. About 400,000 drivers moved to daily payouts; driver churn in the first 90 days fell from 31% to 24%, and finance ops handled the change with no extra headcount. I'd bring compliance in earlier next time; they found two blockers late that would have been cheap in month one.`,
    worse: `I was leading the merger of two loyalty programmes after our supermarket group bought a convenience chain. It was a board-level priority, company-wide and very visible. The group CEO sponsored it personally, I presented to the executive committee every month, and both CFOs and the chief marketing officer were on my steering group. I had regular time with the chairman as well. Managing that level of C-suite attention, across two organisations, was the real achievement, and I think it established me as someone the top team trusted with strategic, enterprise-wide change.`
  },
  {
    id: 'b3-27',
    trick: 'scope-buzz',
    question: 'Tell me about a time you drove change across the organisation.',
    competency: 'ownership',
    targetLevel: 'Staff',
    criterion: 'scope',
    better: `At an e-commerce company with about 250 engineers, on-call was a mess: each of the 30 teams had its own rota, alerting rules and runbooks, and a typical engineer was paged about nine times a week, half of them for alerts nobody acted on. I was a staff engineer on the checkout team. I pulled three months of paging data, found that 40% of pages came from 12 alert rules, and shared that in the engineering forum. Then I wrote an alerting standard, just two pages, and offered to pair with any team to apply it. Eight teams took me up on it in the first month; I used their before-and-after numbers to convince the rest. I also got the standard added to the production-readiness checklist so new services started with it. Within two quarters, 27 of the 30 teams had adopted it, average pages per on-call engineer fell from nine a week to three, and our yearly engagement survey's on-call score went from the lowest item to mid-table. I've learnt that offering to pair works far better than mandating.`,
    worse: `At the insurer I led a truly org-wide shift to product thinking. It was a cross-cutting, enterprise-scale transformation that touched every function. I evangelised a new operating model across the entire company, partnered with senior leaders at every level and set the strategic direction for how we build. It fundamentally changed the culture at scale and became the blueprint for the whole group, a genuinely multi-org, company-wide change with huge impact right across the business.`
  },
  {
    id: 'b3-28',
    trick: 'scope-omitted-same-story',
    question: "Give me an example of going beyond your team's remit.",
    competency: 'beyond-assigned',
    targetLevel: 'Engineering Manager',
    criterion: 'scope',
    better: `I manage a team of seven building our warehouse-management system at a fashion retailer. Last year I kept hearing in retros that new starters across engineering took weeks to get a working local environment. It wasn't my team's problem to solve, but I asked our head of engineering if I could spend a fifth of one engineer's time and some of my own on it for a quarter. I ran a survey of the 60 engineers who'd joined in the previous year; the median time to first merged change was 19 days. My engineer and I built a one-command dev setup using containers and wrote an onboarding guide, and I persuaded the other five engineering managers to each nominate someone to test it with their next hire. By the end of the quarter, all six teams used it, and across the 22 engineers who joined in the next six months, median time to first merged change was four days. Two other departments, data and mobile, have since copied it. Next time I'd get the other managers in at the start rather than halfway through.`,
    worse: `I manage a team of seven building our warehouse-management system at a fashion retailer. Last year I kept hearing in retros that new starters took weeks to get a working local environment. It wasn't strictly my remit, but I asked if I could spend a fifth of one engineer's time and some of my own on it for a quarter. My engineer and I built a one-command dev setup using containers and wrote an onboarding guide, and we tried it out with our next hire, who had a working setup on day one and merged a change in their first week. Next time I'd get other people involved at the start rather than halfway through.`
  },
  {
    id: 'b3-29',
    trick: 'ic-work-at-director',
    question: "Tell me about a strategic bet you made that didn't have an obvious answer.",
    competency: 'bias-for-action',
    targetLevel: 'Director',
    criterion: 'scope',
    better: `As director of product engineering at a B2B analytics company, I had about 50 engineers and a roadmap split between our desktop product, which made 85% of revenue, and a web product with a handful of customers. In early 2021 I bet on moving 60% of the engineers to web within a year, which meant freezing most desktop features. Sales was strongly against it. I based the call on two things: three of our five largest customers had told us they'd stop installing desktop software by 2023, and desktop support cost was growing twice as fast as its revenue. I presented the plan to the exec team with an explicit check-in at six months: if web hadn't signed ten paying customers, we'd reverse half the move. I reorganized into four teams, hired a web-experienced principal engineer and ran the migration conversations with our top 20 accounts myself, alongside customer success. By month six we had 14 paying web customers; by the end of 2022, web was 55% of new revenue. The freeze cost us two mid-sized desktop deals, which I'd do again, though I'd have told sales the reasoning earlier.`,
    worse: `As a director, one bet I made was on a query rewrite for our main dashboard. It was loading slowly, about eight seconds, and I had a hunch it was the way we joined the events table. I didn't have an obvious answer, so I pulled the query plan myself over a weekend, rewrote the SQL with a materialised view and added two indexes. It was risky, because the view could get out of date, so I added a refresh job every five minutes. The dashboard went down to under a second. It was a nice win and the team were impressed that I still had the technical chops to get my hands dirty.`
  },
  {
    id: 'b3-30',
    trick: 'praise-from-titles',
    question: 'Tell me about a time you raised the bar for the people around you.',
    competency: 'deliver-results',
    targetLevel: 'Senior Designer',
    criterion: 'scope',
    better: `At a media company, our 12 product designers were spread across eight squads, and each squad's screens looked and behaved a bit differently; we had eleven button styles in production. I was a senior designer on the subscriptions squad. I proposed that we run a fortnightly critique where every designer brought one piece of in-progress work, and I offered to run it for three months. I also started a shared Figma library with the twenty most-used components and, crucially, paired with two front-end engineers so each one existed in code as well. I ran every critique myself for the first quarter and then rotated facilitation. After six months, nine of the eleven button styles were gone, all eight squads were building from the shared library, and the time engineers reported spending on UI fixes in sprint reviews dropped by about a third. Two junior designers told me the critique was where they learnt the most. I now start any quality push with a shared ritual before any rules.`,
    worse: `I'd say my biggest bar-raising moment was a redesign of the subscription page. I spent a lot of time getting the details right: the typography, the spacing, the micro-interactions. Our VP of design called it best-in-class in the quarterly review, and the chief product officer shared it on LinkedIn. The head of brand said it was the best work the company had shipped in years, and I was nominated for the company's design award. I think it showed the rest of the organisation what great design looks like, and it really set a new standard for how we think about quality.`
  },

  // ───────────── reflection ─────────────
  {
    id: 'b3-31',
    trick: 'humble-brag-weakness',
    question: "What's your biggest weakness? Give me a real example of it costing you.",
    competency: 'learning-from-failure',
    targetLevel: 'Senior',
    criterion: 'reflection',
    better: `I tend to go quiet when I'm stuck instead of asking for help. The clearest example was at a logistics start-up, where I was building a carrier-rates integration and hit a problem with their test environment returning rates in the wrong currency. I spent four days trying to work round it on my own and said "nearly there" in three standups. When I finally mentioned it, our team lead knew someone at the carrier and had it sorted in an afternoon. The feature shipped a week late, and a customer pilot that depended on it slipped with it. What I do now is give myself a half-day rule: if I've been stuck on the same thing for half a day, I post in the team channel what I've tried, even if it feels too early. I also say "stuck" in standup rather than "nearly there". In the last year, the longest I've been blocked on anything is about a day and a half, and my lead told me in my review that she finds my updates easier to trust.`,
    worse: `Honestly, my biggest weakness is probably that I care too much about the work. I'm a perfectionist, so I'll sometimes stay late making sure everything is exactly right, even when it's technically good enough. At my last company, I stayed until midnight a few times before a big launch polishing a new pricing page, because I just couldn't let it go out with anything less than my best. My manager actually had to tell me to go home! I'm working on it, but I think it comes from a good place, and the quality of my work has always been one of the things people value most about me.`
  },
  {
    id: 'b3-32',
    trick: 'lesson-as-habit-vs-learned-fluff',
    question: 'Tell me about a time you failed.',
    competency: 'learning-from-failure',
    targetLevel: 'Staff',
    criterion: 'reflection',
    better: `In 2021, at a video-conferencing company, I led a rewrite of our recording pipeline that was supposed to take one quarter and took three. I'd written the plan assuming we could run old and new side by side, but recordings were stored in a format the new pipeline couldn't read, and I only found that in month two. We had to build a converter for 2 million existing recordings. Two engineers on the project burned out and one transferred teams. The pipeline did eventually cut processing time from about 40 minutes to 6 for an hour-long meeting, but at far higher cost than I'd promised. These days, before I commit to any migration, I spend the first week migrating one real, ugly piece of production data end to end by hand, and I won't give a timeline until that's done. I also check in one-to-one with every engineer on a long project once a month, specifically about workload, rather than waiting for them to raise it. The two migrations I've run since both landed within three weeks of their first estimate.`,
    worse: `I guess a time I failed would be my first startup, a meal-planning app. We spent about a year building it and it never really got traction, we had a few hundred users and then ran out of money. It was a really hard time. But honestly I learned so much from it, about product, about people, about resilience. It was an incredible learning experience and I grew so much as a person. I think failure is the best teacher, and I'm a much stronger leader today because of what I went through.`
  },
  {
    id: 'b3-33',
    trick: 'no-regrets',
    question: "What's a decision you'd make differently?",
    competency: 'disagree-and-commit',
    targetLevel: 'Senior PM',
    criterion: 'reflection',
    better: `At a pet-insurance company I was PM for the claims app, and our engineering lead wanted two sprints to replace the photo-upload library before we added multi-photo claims. I overruled him; we had a marketing launch booked and I thought the old library would cope. It didn't: on older Android phones, uploads of more than three photos failed about 20% of the time, and we had 1,100 support tickets in the first month. We ended up doing the library replacement anyway, in a rush, after launch. What I'd do differently is simple: when an engineer tells me something will break, I now ask them to show me the failure before I decide, and I put the cost of being wrong next to the launch date. On the next two launches I did that, and once it changed my mind. I also went back to that engineering lead and told him he'd been right, in front of the team, which did more for our working relationship than anything else I did that year.`,
    worse: `Hmm, I don't really have one, to be honest. When I was PM at a fintech, I chose to launch our savings pots feature in the UK only instead of waiting for Ireland, even though the Irish team asked us to hold off. There was some friction, and the Irish launch ended up needing a separate build six months later, which cost us more. But I stand by it. You have to make the best decision with the information you have, and I think regret isn't very productive. I'd make the same decision again tomorrow.`
  },
  {
    id: 'b3-34',
    trick: 'blame-in-lesson-same-story',
    question: 'Tell me about a mistake of yours that affected customers.',
    competency: 'learning-from-failure',
    targetLevel: 'Engineering Manager',
    criterion: 'reflection',
    better: `Last year my team at an accounting software company shipped a change to how invoice due dates were calculated, and it had a bug for customers in time zones ahead of UTC: their due dates came out a day early. About 1,800 small businesses sent reminder emails to their own clients a day too soon before we caught it, 36 hours later. I'd approved the release with a test plan that only covered UK settings, because I'd pushed to get it out before the month-end. I wrote to every affected customer with an apology and a one-click way to send a correction to their clients, and we fixed the bug within a day. The change I made is to my own approvals: I no longer sign off anything that touches dates or money without a test run in at least three time zones, and I stopped treating month-end as a reason to cut the test plan. I also added time-zone cases to our shared test fixtures, so the next team doesn't depend on me remembering.`,
    worse: `Last year my team at an accounting software company shipped a change to how invoice due dates were calculated, and it had a bug for customers in time zones ahead of UTC: their due dates came out a day early. About 1,800 small businesses sent reminder emails to their own clients a day too soon before we caught it, 36 hours later. I wrote to every affected customer with an apology and a one-click way to send a correction to their clients, and we fixed the bug within a day. The lesson really was that QA should have caught it; they only tested UK settings. And product shouldn't have pushed us to ship before month-end. I've raised with the QA lead that their test plans need to be more thorough.`
  },
  {
    id: 'b3-35',
    trick: 'platitude-lesson',
    question: 'Tell me about a time feedback changed the way you work.',
    competency: 'earn-trust',
    targetLevel: 'Director',
    criterion: 'reflection',
    better: `Two years into being a director at a travel company, my 360 came back with a comment from three of my five managers, all saying roughly the same thing: that I "re-decided" things. They'd make a call in their area, and I'd revisit it a week later when I heard a different view from someone else. I didn't see it at first, so I asked one of them to walk me through two examples, and she was right; in both cases I'd overturned her after a corridor conversation with a product lead. I changed two things. I now tell managers which decisions are theirs outright and which I want a say in, written down at the start of each quarter. And when someone comes to me about a decision that isn't mine, I send them back to the manager who made it instead of weighing in. Six months later, the same question in the next 360 went from the lowest-rated item to one of the highest, and two of those managers said they were finally comfortable making calls without checking with me.`,
    worse: `My old manager once told me in a review that I could be quite abrupt in Slack, so that's one. I really appreciated it, because I believe feedback is a gift, and I always try to receive it with gratitude and an open mind. I think it's so important to create a culture where people feel safe to give feedback, and to model being open to it as a leader. Growth comes from feedback, and it's something I value hugely.`
  },
  {
    id: 'b3-36',
    trick: 'no-reflection',
    question: 'Tell me about a people decision you got wrong.',
    competency: 'ownership',
    targetLevel: 'Engineering Manager',
    criterion: 'reflection',
    better: `At a marketplace start-up I promoted one of my strongest engineers, Tom, to tech lead of a team of five. He was technically brilliant, and I promoted him mainly because I was worried he'd leave otherwise. Within three months two engineers had asked to move teams, saying he rewrote their code without discussing it. I'd given him the title and no support: no coaching, no idea what the job involved beyond "lead the technical side". I sat down with him, was honest that I'd set him up badly, and we agreed a three-month plan with a leadership coach and a weekly one-to-one focused only on how he was working with the team. It didn't work; after two months he told me he hated it, and we moved him back to a senior engineer role with a principal-track plan. He's still there and thriving. These days I don't promote anyone into leading people until they've run a small project with two or three others for at least a quarter, and I never promote as a retention move.`,
    worse: `At a marketplace start-up I promoted one of my strongest engineers, Tom, to tech lead of a team of five. Within three months two engineers had asked to move teams, saying he rewrote their code without discussing it. I sat down with him and we agreed a three-month plan with a leadership coach and weekly one-to-ones focused on how he was working with the team. After two months he told me he didn't enjoy the role, so we moved him back to a senior engineer position with a plan towards principal. The two engineers stayed in the end, and he's still there and doing really well as an individual contributor.`
  },

  // ───────────── fit ─────────────
  {
    id: 'b3-37',
    trick: 'off-topic-deadline-story',
    question: 'Tell me about a conflict with a peer and how you resolved it.',
    competency: 'earn-trust',
    targetLevel: 'Senior',
    criterion: 'fit',
    better: `At a charity fundraising platform, the other senior engineer on my team, Marcus, and I disagreed about how to handle donation retries. He'd written a retry queue; I thought it risked charging donors twice, and I said so in a pull-request comment that, looking back, was pretty sharp. He replied sharply too, and for about a week we only talked through PR comments. I could see it was slowing the team down, because two juniors were waiting on us to agree. So I asked him to pair with me for an afternoon on it, and I started by saying my comment had been out of line. We went through his design together, and he showed me he'd already made retries idempotent with a key I'd missed. I showed him one case, a bank timeout after a successful charge, that still double-charged. We fixed that case together that afternoon. The retry queue shipped the following week, and failed donations recovered went from zero to about £3,000 a month, with no double charges. Marcus and I have paired on every payments change since. When I disagree with someone now, I raise it in person before I write it down.`,
    worse: `At a charity fundraising platform, we had six weeks to build Gift Aid claiming before the end of the tax year, and if we missed it our charities would lose a year's worth of tax reclaims. I was the senior engineer on it. I broke the work into three slices, claim generation, HMRC submission and the charity dashboard, and got the HMRC submission working first, because it was the riskiest. I negotiated with product to drop the dashboard's export feature to make the date. We submitted the first claims five days before the deadline, and our charities reclaimed about £420,000 that year that they'd otherwise have lost. Since then I always build the riskiest integration first, even when it's not the most visible part.`
  },
  {
    id: 'b3-38',
    trick: 'off-topic-mentoring',
    question: 'Tell me about a risky call you made.',
    competency: 'bias-for-action',
    targetLevel: 'Staff',
    criterion: 'fit',
    better: `At a crypto exchange in 2022, I was the staff engineer for our matching engine when one of our market-data vendors started sending prices that were sometimes minutes old. The risky call was to switch our liquidation system off that vendor and onto our own internal price feed, which had only been in shadow mode for three weeks. If our feed was wrong, we could wrongly liquidate customers' positions; if we stayed, we almost certainly would. I compared the two feeds against each other over the previous 72 hours, found ours had matched the exchange's real trades to within 0.05% the whole time, and made the switch at 2am with our head of risk on the call. I kept the vendor feed running alongside as a check. Over the next week we had no wrongful liquidations, while two competitors on the same vendor paused trading. We moved to our own feed permanently a month later. The thing I'd hold onto is that I'd made the shadow mode comparison possible before we needed it; I now shadow any critical dependency for a while before I have to rely on it.`,
    worse: `At a crypto exchange, I took on mentoring a junior engineer, Ada, who'd come from a bootcamp and was struggling with our Rust codebase. Her pull requests were taking two or three rounds of review and she was getting discouraged. I set up two one-hour pairing sessions a week and picked tickets that would stretch her a little at a time, starting with tests and moving to a small change in the order book. I also got her to review my PRs, which helped her see how I thought. After three months, her PRs were getting approved on the first review about 70% of the time, up from almost never, and by the end of the year she was on the on-call rota. She's now mentoring the next bootcamp hire herself.`
  },
  {
    id: 'b3-39',
    trick: 'off-topic-success-story',
    question: "What's a decision you'd make differently if you had it over again?",
    competency: 'learning-from-failure',
    targetLevel: 'Principal',
    criterion: 'fit',
    better: `In 2019, as a principal engineer at a travel-insurance company, I chose an event-sourced architecture for our new policy system. I sold it well: full audit history, easy replays. What I underestimated was how hard it would be for the 25 engineers who'd work on it, most of whom had never used event sourcing. For the first year, simple changes, like adding a field to a policy, took two to three times longer than in our old system, and we had two production bugs from events being replayed in the wrong order. I'd make a different decision now. I'd use a normal relational model with an append-only audit table, which would have given us 90% of the benefit. Since then, when I'm choosing an architecture, I write down who will maintain it and what they already know, and I weigh that as heavily as the technical fit. On the last two systems I designed, I picked the "boring" option both times and the teams were shipping within their first month.`,
    worse: `One of the best decisions I've made was at a travel-insurance company, when I pushed for us to build our quote engine as a separate service rather than inside the monolith. There was a lot of resistance, because it meant an extra three months up front. I built a prototype that showed we could price a quote in 80 milliseconds instead of 1.2 seconds, and I got the CTO's agreement. It paid off: once it was live, we could sell through three comparison websites that required sub-200-millisecond quotes, and those channels became about 35% of new policies within a year. I'd make exactly the same call again, and I still use that prototype-first approach whenever I need to win an argument about architecture.`
  },
  {
    id: 'b3-40',
    trick: 'off-topic-customer-story',
    question: 'Tell me about a time you disagreed with a decision but committed to it anyway.',
    competency: 'disagree-and-commit',
    targetLevel: 'Senior PM',
    criterion: 'fit',
    better: `At a language-learning app, our VP of product decided to remove the free tier's offline mode to push people to upgrade. I disagreed: our research showed a lot of free users were commuters on the Underground, and I thought we'd lose them rather than convert them. I made my case in the product review with the research and a churn estimate, and she heard me out but kept the decision, because the board wanted a conversion test that quarter. I told her I'd commit, and then I did everything I could to make it a fair test. I designed the rollout as a 50/50 experiment instead of a full switch, so we'd see the real effect, and I wrote the upgrade prompt myself so it wasn't a dead end. After six weeks, upgrades in the test group went up from 2.0% to 2.6%, but 30-day retention dropped from 41% to 36%. I presented both numbers without spin. She chose to keep offline free and test a different paywall. I now ask to shape the experiment whenever I've lost an argument, rather than just carrying it out.`,
    worse: `At a language-learning app, a teacher at a school in Leeds emailed support because her whole class of 28 had lost their streaks after a bug in our school accounts. It wasn't my area, I was on the consumer product, but I saw the ticket sitting unanswered for three days and picked it up. I got an engineer to pull the streak history from the logs, restored all 28 streaks myself through the admin tool, and wrote to the teacher personally with an explanation. I then found 140 other school accounts hit by the same bug and restored them too before anyone complained. The teacher's school signed up two more year groups that term, and we added streak restoration to the support tools so it wouldn't need a PM next time.`
  },
  {
    id: 'b3-41',
    trick: 'off-topic-influence',
    question: 'Describe a situation where you had to learn something very quickly.',
    competency: 'dive-deep',
    targetLevel: 'Senior Designer',
    criterion: 'fit',
    better: `I joined a medical-devices company as a senior designer with a background in consumer apps, and in my second week I was handed the redesign of an infusion-pump screen. I knew nothing about infusion therapy or the regulations around it, and the first design review with clinicians was three weeks away. I booked two shifts shadowing nurses on a hospital ward, read the relevant usability standard, IEC 62366, over a weekend, and asked our regulatory lead for an hour to explain which parts actually constrained the screen. The big thing I learnt was that nurses enter doses under interruption, so every screen had to survive someone walking away mid-task. I built my prototype around that and tested it with eight nurses. In the clinician review, nobody raised a safety concern on the first pass, which our regulatory lead said was the first time that had happened, and dose-entry errors in our formative test fell from five in 40 tasks to one. When I start in a new domain now, I go and watch the work before I read anything.`,
    worse: `At a medical-devices company, our engineering director didn't want to spend time on usability testing for a new infusion-pump screen, because he saw it as slowing down the regulatory submission. I didn't have authority over his team, so I set up a session where he watched, through a one-way mirror, two nurses struggle with the current dose-entry screen. I then showed him that the regulator expected usability evidence anyway, and that doing it early would save a late redesign. He agreed to add two rounds of formative testing to the plan. Those tests found three serious issues before submission, and the device was approved without any usability questions from the regulator.`
  },
  {
    id: 'b3-42',
    trick: 'off-topic-internal-process',
    question: 'Tell me about a time you went above and beyond for a customer.',
    competency: 'beyond-assigned',
    targetLevel: 'Director',
    criterion: 'fit',
    better: `As director of engineering at a hotel-software company, I got a call on a Saturday from the general manager of one of our customers, a 300-room hotel in Edinburgh. Our channel manager had stopped syncing and they'd been overbooked by 40 rooms for the Fringe weekend. Our support team was working through it, but it would have taken them until Monday to get to the root cause. I went into the office, got one of our senior engineers on the phone, and we found a rate-limit change from one booking site that had silently dropped their updates. While he fixed it, I stayed on the phone with the general manager and helped her team work out which bookings to honour and which to move; we rang three partner hotels together and found rooms for all 40 guests. I then agreed that we'd cover the cost of relocating them, about £9,000, without waiting for a formal claim. The fix went out to all 600 of our hotels on Monday. That hotel group added four more properties the following year. I now make sure one senior engineer is reachable every weekend in peak season.`,
    worse: `As director of engineering at a hotel-software company, I noticed our quarterly planning process was eating about three weeks of every quarter across seven teams, with endless rounds of estimates that were wrong anyway. It wasn't something anyone had asked me to fix. I replaced it with a lightweight process: each team wrote a one-page plan with their top three goals, and we did a single half-day review with product and sales. I piloted it with two teams, then rolled it out to all seven. Planning time dropped from three weeks to four days, and in the engagement survey the score for "I understand our priorities" went from 54% to 81%. The CPO adopted the same format for the product org the next quarter.`
  },

  // ───────────── delivery ─────────────
  {
    id: 'b3-43',
    trick: 'fillers-same-story',
    question: 'Tell me about a time you had to deliver bad news to a customer or stakeholder.',
    competency: 'earn-trust',
    targetLevel: 'Engineering Manager',
    criterion: 'delivery',
    better: `Last autumn I managed the integrations team at a school-management software company. We'd promised a large academy trust, 22 schools, that their new timetable sync would be live before the spring term. In mid-November my tech lead showed me that the trust's old system exported timetables in a format we'd badly underestimated. Realistically we needed until February. My job was to tell the trust's IT director, who had already told her head teachers. I didn't want it to come through a sales email, so I asked for a call that week. I opened with the new date, not the excuses. Then I explained the cause in plain terms and showed her two sample exports so she could see the problem herself. I offered a manual weekly import that my team would run for her until the sync was ready, so teachers wouldn't re-key anything. She wasn't happy, but she agreed. We ran the manual import for seven weeks without a miss and went live on 3 February. The trust renewed in the summer and asked us to quote for their two new schools. Since then I tell customers about a slip the same week I know about it, and I always bring a stop-gap to that first call.`,
    worse: `So, um, last autumn I was managing, like, the integrations team at a school-software company, right? And we'd kind of promised this big academy trust, um, 22 schools I think, that the timetable sync would be live before spring term. And then, you know, in November my tech lead basically showed me that their export format was, like, way harder than we thought, so, um, we needed until February, I guess. So I had to, you know, tell their IT director, which, um, honestly, wasn't fun, right? So I, like, asked for a call and I basically just, um, told her the date first, and then, you know, kind of explained why, and I showed her, like, some sample exports. And I, um, offered to do a manual import every week, you know, so teachers wouldn't have to, like, re-type stuff. And she was, um, not thrilled, obviously, but, like, she agreed, I guess. So we did that for, um, seven weeks or so and then, you know, went live in February. And they, like, renewed in the summer, so, yeah. I basically tell people, um, straight away now, you know?`
  },
  {
    id: 'b3-44',
    trick: 'padding-same-story',
    question: 'Tell me about a time you took the initiative without being asked.',
    competency: 'beyond-assigned',
    targetLevel: 'Senior',
    criterion: 'delivery',
    better: `At a parcel-delivery company, I was a senior engineer on the driver app. In March I noticed our crash reports had a cluster I didn't recognise: the app crashed when drivers photographed a parcel in very low light. It wasn't on anyone's backlog, and it only hit about 3% of drivers, but they were the ones doing evening rounds, our busiest slot. I spent a Friday afternoon reproducing it in a dark stairwell with three test phones. The camera library was running out of memory when it tried to brighten a long exposure. I wrote a short note for my manager with the crash numbers and a two-day estimate, and she agreed I could fix it the next sprint. I capped the exposure time and downscaled the image before processing. After release, that crash went from about 450 occurrences a week to zero. Failed proof-of-delivery photos in the evening slot fell from 6% to just under 1%. That meant fewer disputed deliveries for customer service, roughly 200 fewer a month. I now spend the first hour of every Friday reading the crash dashboard, looking for patterns that nobody owns yet.`,
    worse: `That's a great question, and it's one I've thought about a lot, because initiative is really important to me. I think the best engineers don't wait to be told what to do. At a parcel-delivery company, I was a senior engineer on the driver app. It was a great team and a really interesting domain. In March I noticed crash reports where the app crashed when drivers photographed parcels in low light. Crashes are obviously something that matter a lot in any app. It wasn't on anyone's backlog. As I said, I'm someone who doesn't wait to be asked. I reproduced it in a dark stairwell, found the camera library was running out of memory, and fixed it in the next sprint. I think that really shows my initiative. The crash went from about 450 a week to zero. Initiative is something I try to bring to every role, and it's a big part of who I am as an engineer. I'd definitely bring that same mindset here, and I think it's exactly what a team like yours needs.`
  },
  {
    id: 'b3-45',
    trick: 'very-short',
    question: "Walk me through the most complex technical problem you've solved.",
    competency: 'dive-deep',
    targetLevel: 'Principal',
    criterion: 'delivery',
    better: `At a stock-trading app, in 2022, our order-confirmation latency would spike from around 50 milliseconds to over two seconds for a few minutes at market open, two or three days a week. Customers saw orders hang at the busiest moment of the day. Three teams had looked and each had ruled out their own service. As principal engineer I took it on, and I had one rule: measure before guessing. I added tracing at every hop for market open only and collected ten bad mornings. The delay was never in one service. It was in our message broker, where a consumer group rebalanced every time an autoscaler added instances at open. During a rebalance, every consumer paused. The autoscaler was reacting to the spike that the rebalance itself caused, so it fed itself. I proposed two changes: pre-scaling the consumers fifteen minutes before open, and switching to the broker's cooperative rebalancing, which pauses only the partitions that move. I paired with the platform team on the rollout over two weeks. Open-time p99 latency dropped from 2.3 seconds to 90 milliseconds and has stayed there for over a year. Complaints about stuck orders at open went from about 60 a month to two or three. What I took from it is that cross-team problems need one person tracing the whole path. I now put one named owner on any incident that crosses more than two services.`,
    worse: `Probably a memory leak in our Android app at the bank. Took ages to find. It was a listener holding onto an activity. Fixed it, crashes dropped a lot, something like 40%. That's really it. It was pretty complex at the time, but once you see it, it's simple enough.`
  },
  {
    id: 'b3-46',
    trick: 'run-on-sentences',
    question: 'Tell me about a time you had to make a call without your manager.',
    competency: 'bias-for-action',
    targetLevel: 'Senior PM',
    criterion: 'delivery',
    better: `At a food-delivery company, I was the PM for restaurant tools. In December my manager was on holiday and unreachable, and on the Tuesday before Christmas a large chain told us they'd pull out of the platform unless we turned off automatic order acceptance for their 80 sites. Their kitchens were being swamped. Auto-accept was a company-wide default, and changing it per restaurant needed product sign-off, which normally meant my manager. I looked at the data first. Their average prep time had gone from 14 minutes to 31 in a week, and cancellations had tripled. I decided to switch auto-accept off for that chain only, as a two-week exception, and wrote down my reasoning in the product channel so anyone could challenge it. I also asked our operations lead to watch their cancellations daily. Within three days, prep times were back to 16 minutes and cancellations dropped to normal. The chain stayed. When my manager came back I walked her through it; she kept the exception and asked me to turn it into a self-serve setting. We shipped that in January, and 400 restaurants used it in the first month. I now keep a short list of decisions I'm allowed to make when she's away, which we agreed together.`,
    worse: `Okay so this was when I was PM on the ticketing app for a football club and my boss was at a conference in Vegas with no signal and on the Saturday morning of a derby match the turnstile scanners started rejecting about a third of the mobile tickets because of a clock issue on the scanner side that we'd later find was caused by a firmware update from the supplier and the stewards were getting mobbed at the gates and I had to decide whether to tell the stadium ops team to let people in on a visual check of the ticket screen which obviously carries some fraud risk or keep everyone queuing and I went with the visual check and posted it in the ops channel and it got the crowd in before kick-off and afterwards we found the fraud was minimal and my boss agreed with it when she got back and we made a fallback procedure for next time.`
  },
  {
    id: 'b3-47',
    trick: 'repetitive-rambling',
    question: 'Tell me about a time you disagreed with a technical direction but still committed to it.',
    competency: 'disagree-and-commit',
    targetLevel: 'Staff',
    criterion: 'delivery',
    better: `At a music-streaming company, our architecture group decided in 2023 to standardize every new service on GraphQL, including internal service-to-service calls. I was a staff engineer on recommendations, and I disagreed for internal calls. Our recommendation services exchanged large batches of numbers, and I'd measured GraphQL adding about 30% to payload size and latency compared with our existing gRPC calls. I wrote a short doc with the benchmarks and presented it at the architecture review. The group heard it, but they valued one standard over the performance hit, and they kept the decision. I committed. I volunteered my team as the first to migrate, so we'd find the problems early rather than leave them for others. I built a batching layer that cut the overhead from 30% to about 8%, and I published it as a shared library. Four other teams used it within the quarter. I also kept measuring, and after six months I brought the group real production numbers rather than benchmarks. They agreed to allow gRPC for one category: high-volume internal calls over 10,000 requests a second. Looking back, committing first made my second argument much more credible. I now commit visibly before I reopen anything.`,
    worse: `So the architecture group wanted GraphQL everywhere, and I disagreed, because for internal calls it was slower, and I said that, I said it was slower for internal calls. And they wanted one standard, which I get, one standard is good, but for internal calls it's slower. So I disagreed with that. But I committed. I committed to it, because once the decision's made you commit, so I committed, even though I still thought it was slower for internal calls. And we migrated, and it was slower, like I'd said, about 30% slower, so I built a batching layer, which helped with it being slower. And then later I went back and said, look, it's still slower for internal calls, and they agreed, eventually they agreed it was slower for the high-volume ones. So, yeah, I disagreed, but I committed, and then it turned out I was right that it was slower, but I'd committed anyway, so that was good.`
  },
  {
    id: 'b3-48',
    trick: 'tangents-overlong',
    question: 'Give me an example of delivering a big result with a small team.',
    competency: 'deliver-results',
    targetLevel: 'Director',
    criterion: 'delivery',
    better: `In 2022 I was director of engineering at an energy supplier, and the regulator announced a new price cap that changed every customer's tariff at three months' notice. The billing rebuild we'd planned for that had a team of 20 and a year. I had six engineers available. I decided we wouldn't touch the old billing engine at all. Instead, we'd build a thin tariff service in front of it that translated the new rules into the inputs the old engine already understood. I set three rules for the team: no changes to the old engine, every tariff rule tested against the regulator's worked examples, and a dry run on the full customer base two weeks before go-live. I handled the stakeholders myself, so the team had no meetings outside standup and the weekly demo. The dry run found 140 edge cases, which we fixed in eight days. On 1 October, 1.2 million customers were billed on the new cap, and our billing-error rate that month was 0.3%, against 2.1% the last time tariffs changed. Complaints to the ombudsman didn't move. The rebuild was cancelled, which saved roughly £4 million. The lesson I've kept is that a small team works when the director absorbs everything that isn't the work. I now protect the team's calendar first, before I plan anything else.`,
    worse: `Right, so this was at a regional newspaper group, and I should say a bit about newspapers first, because the industry's had a brutal twenty years, print ads collapsed, classifieds went to the internet, and my dad actually worked in print for thirty years, so I've got a soft spot for it. Anyway, we needed a paywall across twelve local titles before the end of the financial year, and normally that'd be a big programme, but I had a team of four. Which reminds me, one of the four was a graduate who's now at a big tech company, really proud of her. So we used an off-the-shelf paywall vendor rather than build. Vendor selection is a whole topic, by the way; I've got strong opinions on RFPs and I think most of them are a waste of time, but that's another conversation. We integrated it with our CMS, which was ancient, some Perl thing from 2006, and there's a whole story about how the CMS got chosen in the first place, involving a golf day. Then we rolled it out title by title, starting with the smallest. There were some issues with the sign-in flow on older phones. We got subscriptions going and I think the digital revenue was quite a lot higher by the end of the year, and the board were pleased. Oh, and I forgot, I also persuaded the editors to go along with it, which honestly was the hardest part, because editors are a particular breed, and I could tell you stories about editors all day if you want.`
  }
]
