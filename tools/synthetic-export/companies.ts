/**
 * Invented employers and job titles, with the rates of linkedin-export.md §8: company empty ≈2 %,
 * company with a comma ≈5 %, position with a comma ≈3 %, trailing whitespace on ≈2 % of fields.
 */
import type { Rng } from './prng.js'

const COMPANY_STEMS: readonly string[] = [
  'Brightwater Labs', 'Orchard Systems', 'Fjordline Research', 'Halcyon Freight', 'Northgate Analytics',
  'Tallow & Finch', 'Meridian Works', 'Copperleaf Health', 'Bluestem Robotics', 'Quiet Harbor Software',
  'Larchmont Logistics', 'Saltmarsh Energy', 'Foxglove Studio', 'Ironbark Capital', 'Pinecrest Biotech',
  'Driftwood Media', 'Kestrel Payments', 'Moonrake Games', 'Riverstone Consulting', 'Sablewood Legal',
  'Thimbleberry Foods', 'Umbra Optics', 'Vantablue Cloud', 'Wrenfield Education', 'Yarrow Insurance',
  'Zephyr Grid', 'Alderbank Mobility', 'Beacon Hollow', 'Cinderpath Security', 'Dovetail Interiors',
  'Emberline Aerospace', 'Fernhill Academy', 'Gullwing Transit', 'Heathrow Crescent Partners',
  'Inkwell Publishing', 'Juniper Row Architects', 'Kelpie Marine', 'Lanternfish Data', 'Mistral Textiles',
  'Nettlefold Pharma', 'Oxbow Agritech', 'Puffin Labs', 'Quarrystone Materials', 'Rookery Ventures',
  'Starling Clinics', 'Tidewater Hospitality', 'Upland Water Co', 'Velvetleaf Retail', 'Wildflower Nonprofit',
  'Yellowhammer Audio', 'Zinnia Design', 'Arbor & Vale', 'Bracken Semiconductors', 'Corvid Intelligence',
  'Dunlin Shipping', 'Estuary Bank', 'Flintlock Manufacturing', 'Gossamer Fashion', 'Hollyhock Care',
  'Isobar Weather', 'Jackdaw Robotics', 'Kittiwake Telecom', 'Lodestar Mining', 'Marlinspike Boats',
  'Nightjar Cinema', 'Otterburn Outdoor', 'Plover Pay', 'Quince Kitchens', 'Redpoll Research',
  'Skylark Satellites', 'Teasel Textiles', 'Umberfield Realty', 'Vireo Vision', 'Waxwing Wellness',
]

const COMPANY_SUFFIXES: readonly (readonly [string, number])[] = [
  ['', 0.8],
  [' Inc.', 0.06],
  [' GmbH', 0.04],
  [' AB', 0.02],
  [' Ltd', 0.03],
  [' S.A.', 0.02],
  [' Group', 0.03],
]

const COMMA_SUFFIXES: readonly string[] = [', Inc.', ', LLC', ', Ltd.', ', S.L.', ', PBC']

const POSITIONS: readonly string[] = [
  'Staff Engineer', 'Software Engineer', 'Senior Software Engineer', 'Product Manager', 'Engineering Manager',
  'Research Lead', 'Data Scientist', 'UX Designer', 'Recruiter', 'Technical Recruiter', 'Founder', 'Co-Founder',
  'CTO', 'CEO', 'Account Executive', 'Sales Manager', 'Marketing Lead', 'Program Lead', 'Operations Analyst',
  'Nurse Practitioner', 'Teacher', 'Architect', 'Project Coordinator', 'Consultant', 'Principal Consultant',
  'Financial Analyst', 'Solicitor', 'Paralegal', 'Site Reliability Engineer', 'Security Analyst',
  'Student', 'Graduate Researcher', 'Postdoctoral Fellow', 'Head of Design', 'Customer Success Manager',
  'Talent Partner', 'Chief of Staff', 'Mechanical Engineer', 'Pharmacist', 'Journalist', 'Photographer',
  'Supply Chain Planner', 'Quality Engineer', 'Developer Advocate', 'Board Member', 'Freelance Translator',
]

const POSITIONS_WITH_COMMA: readonly string[] = [
  'Director, Platform', 'VP, Sales', 'Head of People, EMEA', 'Manager, Customer Success',
  'Senior Director, Product', 'Partner, Growth', 'Lead, Data Platform',
]

/** A field value with the ≈2 % trailing-whitespace quirk. */
function maybeTrailingSpace(rng: Rng, value: string): string {
  return rng.chance(0.02) ? value + ' ' : value
}

/** An employer, or undefined when the member left it empty (≈2 %). */
export function inventCompany(rng: Rng): string | undefined {
  if (rng.chance(0.02)) return undefined
  const stem = rng.pick(COMPANY_STEMS)
  const name = rng.chance(0.05) ? stem + rng.pick(COMMA_SUFFIXES) : stem + rng.weighted(COMPANY_SUFFIXES)
  return maybeTrailingSpace(rng, name)
}

/** A job title, or undefined when empty (≈2 %); ≈3 % contain a comma, a very few quotes. */
export function inventPosition(rng: Rng): string | undefined {
  if (rng.chance(0.02)) return undefined
  const roll = rng.float()
  const title = roll < 0.03 ? rng.pick(POSITIONS_WITH_COMMA) : roll < 0.032 ? '"Chief" of Staff' : rng.pick(POSITIONS)
  return maybeTrailingSpace(rng, title)
}

/** A plain company name (no quirks), for the owner's own history. */
export function plainCompany(rng: Rng): string {
  return rng.pick(COMPANY_STEMS)
}

export function plainPosition(rng: Rng): string {
  return rng.pick(POSITIONS)
}

export const SKILLS: readonly string[] = [
  'Team Leadership', 'Distributed Systems', 'TypeScript', 'Product Strategy', 'Public Speaking',
  'Data Analysis', 'Negotiation', 'Technical Writing', 'Kubernetes', 'User Research', 'Mentoring',
  'SQL', 'Project Management', 'Machine Learning', 'Accessibility', 'Budgeting', 'Hiring',
  'Stakeholder Management', 'Go', 'Rust', 'Python', 'Interaction Design', 'Cloud Security', 'Agile Methods',
]

export const INDUSTRIES: readonly string[] = [
  'Software Development', 'Research Services', 'Financial Services', 'Hospitals and Health Care',
  'Higher Education', 'Renewable Energy', 'Logistics', 'Design Services',
]

export const LOCATIONS: readonly string[] = [
  'Ålesund, Møre og Romsdal, Norway', 'Porto, Porto, Portugal', 'Leeds, England, United Kingdom',
  'Kraków, Małopolskie, Poland', 'Eindhoven, North Brabant, Netherlands', 'Pune, Maharashtra, India',
  'Halifax, Nova Scotia, Canada', 'Valparaíso, Valparaíso Region, Chile', 'Nairobi, Nairobi County, Kenya',
]
