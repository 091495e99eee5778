/** Invented texts for messages, invitations, recommendations, notes and headlines. */
import type { Rng } from './prng.js'

const MESSAGE_SENTENCES: readonly string[] = [
  'Thanks for the intro, free Thursday?',
  'Thursday works.',
  'Congrats on the new role!',
  'Great to meet you at the meetup yesterday.',
  'Are you still looking for a designer, or has that been filled?',
  'Sending over the deck now, let me know what you think.',
  'I read your post on "calm deploys" and loved it.',
  'Happy to help, just ping me.',
  'We are hiring for a platform role, interested?',
  'Sorry for the slow reply, it has been a week.',
  'Could we move our call to 15:30?',
  'Here is the link I mentioned: https://www.example.com/notes',
  'Looking forward to it.',
  'Quick question about the "north star" metric you mentioned.',
  'Thank you, that means a lot.',
  'Let us catch up after the holidays.',
  'I will be in Porto next month, coffee?',
  'Do you know anyone at the standards group?',
  'Noted, thanks!',
  'That sounds great, count me in.',
  'Can you share the slides, please?',
  'Happy birthday! Hope it is a good one.',
  'Welcome aboard, glad you joined.',
  'The budget was approved\u00a0– we can start in May.',
  'See you at 9\u202fam.',
]

/** One to three paragraphs of one to three sentences each. */
export function inventMessageParagraphs(rng: Rng): string[] {
  const paragraphs: string[] = []
  const count = rng.weighted([[1, 0.7], [2, 0.22], [3, 0.08]] as const)
  for (let p = 0; p < count; p++) {
    const sentences: string[] = []
    const length = rng.int(1, 3)
    for (let s = 0; s < length; s++) sentences.push(rng.pick(MESSAGE_SENTENCES))
    paragraphs.push(sentences.join(' '))
  }
  return paragraphs
}

const SPONSORED_BODIES: readonly string[] = [
  '<p class="spinmail-quill-editor__spin-break">Hi %FIRSTNAME%,</p><p>Our team is growing and your profile stood out.</p>',
  '<p class="spinmail-quill-editor__spin-break">Hello %FIRSTNAME%,</p><p>Join our free webinar on resilient teams.</p>',
  '<p class="spinmail-quill-editor__spin-break">Hi there,</p><p>Are you open to a short chat about a senior role?</p>',
]

export function inventSponsoredBody(rng: Rng): string {
  return rng.pick(SPONSORED_BODIES)
}

export const SPONSOR_NAMES: readonly string[] = [
  'Talent Team at Kestrel Payments', 'Events at Corvid Intelligence', 'Hiring at Saltmarsh Energy',
]

const INVITATION_MESSAGES: readonly string[] = [
  'Hi, we met at the Orchard meetup.',
  'Hi, I enjoyed your talk, would love to connect.',
  'Hello! We worked together on the "Harbor" project, good to reconnect.',
  'Hi, a mutual friend suggested I reach out, hope that is OK.',
]

export function inventInvitationMessage(rng: Rng): string {
  return rng.pick(INVITATION_MESSAGES)
}

const RECOMMENDATIONS: readonly string[] = [
  'Calm under pressure, and "ships" when it matters.',
  'A thoughtful collaborator, generous with time, and a clear writer.',
  'Great collaborator.',
  'One of the best mentors I have had; patient, direct, kind.',
  'Turned a messy migration into a quiet weekend, which is the highest praise I know.',
]

export function inventRecommendation(rng: Rng): string {
  return rng.pick(RECOMMENDATIONS)
}

const NOTES: readonly string[] = [
  'met at design week',
  "Intro'd by a friend; follow up in Q3",
  'Knows the "old" billing system, ask about migration',
  'Coffee in Porto, likes cycling',
  'Former colleague, team lead',
  'Asked about mentoring, check in monthly',
]

export function inventNote(rng: Rng): string {
  return rng.pick(NOTES)
}

const HEADLINES: readonly string[] = [
  'Staff Engineer at Brightwater Labs | Distributed systems, calm deploys',
  'Product person. Maps, music, and many spreadsheets.',
  'Engineering Manager, Platform',
  'Research Lead – human factors in safety-critical software',
]

export function inventHeadline(rng: Rng): string {
  return rng.pick(HEADLINES)
}

const SUMMARIES: readonly string[] = [
  'I build quiet, reliable systems, and help teams ship them.',
  'Curious about tools, teams, and the space between them.',
]

export function inventSummary(rng: Rng): string {
  return rng.pick(SUMMARIES)
}

const SUBJECTS: readonly string[] = ['Catching up', 'Re: Intro', 'Question about the role', 'Slides from today']

export function inventSubject(rng: Rng): string {
  return rng.pick(SUBJECTS)
}
