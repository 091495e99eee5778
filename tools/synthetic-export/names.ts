/**
 * Invented people's names. First names are ordinary given names from many cultures; family names
 * are deliberately uncommon or made up, so no combination names a public figure.
 */
import type { Rng } from './prng.js'

export const FIRST_NAMES: readonly string[] = [
  'Ada', 'Tobias', 'Mara', 'Noor', 'Rafael', 'Zoë', 'Priya', 'Kenji', 'Amara', 'Lucía', 'Søren', 'Ingrid',
  'Mateo', 'Chiara', 'Aurélien', 'Thandiwe', 'Oluwaseun', 'Mei', 'Hyun-woo', 'Ngozi', 'Siobhán', 'Dagný',
  'Tomasz', 'Bogdan', 'Elif', 'Yusuf', 'Farah', 'Anaïs', 'João', 'Inês', 'Björn', 'Łukasz', 'Jiří', 'Zdeněk',
  'Ilse', 'Femke', 'Ayşe', 'Kemal', 'Leilani', 'Kalani', 'Arjun', 'Ananya', 'Dmitri', 'Olga', 'Nikolai',
  'Anouk', 'Lars', 'Maren', 'Aoife', 'Ciarán', 'Niamh', 'Emeka', 'Chidi', 'Wanjiru', 'Kofi', 'Ama', 'Tariq',
  'Layla', 'Omar', 'Yara', 'Hamid', 'Sina', 'Parisa', 'Hiroshi', 'Yuki', 'Sakura', 'Minh', 'Linh', 'Thanh',
  'Wei', 'Jing', 'Xiu', 'Ravi', 'Deepa', 'Kavya', 'Santiago', 'Valentina', 'Camila', 'Diego', 'Renata',
  'Joaquín', 'Sebastián', 'Ximena', 'Aleksander', 'Milena', 'Dragan', 'Vesna', 'Goran', 'Agnieszka',
  'Małgorzata', 'Krzysztof', 'Bartosz', 'Zuzana', 'Matěj', 'Réka', 'Bence', 'Zsófia', 'Ágnes', 'Paavo',
  'Aino', 'Eero', 'Sanni', 'Hannu', 'Oskar', 'Freya', 'Sigrid', 'Astrid', 'Leif', 'Kaja', 'Malin', 'Emil',
  'Henrik', 'Jonas', 'Lena', 'Greta', 'Moritz', 'Jannik', 'Clémence', 'Élodie', 'Théo', 'Margaux', 'Benoît',
  'Gaëlle', 'Matteo', 'Giulia', 'Lorenzo', 'Francesca', 'Nicolò', 'Sofía', 'Alejandro', 'Pilar', 'Mercè',
  'Jordi', 'Núria', 'Iker', 'Ainhoa', 'Kai', 'Noa', 'Ilan', 'Tamar', 'Yonatan', 'Shira', 'Mariam', 'Karim',
  'Nadia', 'Samir', 'Leïla', 'Bilal', 'Zainab', 'Adebayo', 'Funmilayo', 'Tendai', 'Rutendo', 'Sipho',
  'Lerato', 'Thabo', 'Nomvula', 'Kwame', 'Akosua', 'Efua', 'Sione', 'Mele', 'Tevita', 'Ariki', 'Hemi',
  'Aroha', 'Manaia', 'Quentin', 'Rosalind', 'Hollis', 'Winifred', 'Everett', 'Delphine', 'Casimir',
  'Ottilie', 'Beatriz', 'Caio', 'Thiago', 'Larissa', 'Vinícius', 'Anh', 'Bảo', 'Dewi', 'Putu', 'Rizal',
  'Siti', 'Marisol', 'Esteban', 'Ofelia', 'Teodor', 'Ruxandra', 'Mircea', 'Ioana', 'Vuk', 'Jelena',
]

export const LAST_NAMES: readonly string[] = [
  'Quellen', 'Venn', 'Osterhout', 'Brandvold', 'Aldergrove', 'Brightwell', 'Castellanos-Rue', 'Duskmoor',
  'Eberhardt', 'Fairweather', 'Galloway-Finch', 'Halvorsen', 'Ibarrola', 'Jankowiak', 'Kettleborough',
  'Lindqvist', 'Marchetti', 'Nakazora', 'Okafor-Adeyemi', 'Pellegrino', 'Quintanilla', 'Rasmussen-Ek',
  'Ødegård', 'Müller-Thorn', 'Søndergaard', 'Núñez-Vallejo', 'Lefèvre-Amsel', 'Kovačević-Lind', 'Dvořáková',
  'Wróblewski', 'Gündoğdu', 'Çelikkaya', 'Țăranu', 'Nguyễn-Vale', 'Abernathy-Cole', 'Bellweather',
  'Carraway', 'Delacroix-Moss', 'Eskildsen', 'Fenwright', 'Grimsdottir', 'Hollowell', 'Ingersleben',
  'Jurkowska', 'Kallstrom', 'Larkspur', 'Mbatha-Ansah', 'Northcote', 'Oyelaran', 'Pemberton-Lowe',
  'Quarrington', 'Rowntree-Hale', 'Sandoval-Orr', 'Thistlewood', 'Underhill-Voss', 'Valderrama-Kent',
  'Westergaard', 'Yarborough', 'Zelenko', 'Achterberg', 'Bramwell', 'Cuthbertson', 'Dunmore', 'Ellingsen',
  'Featherstone', 'Gorczyca', 'Hargreave', 'Iwasaki-Lund', 'Jessop', 'Kirkegaard', 'Lombardini',
  'Mwangi-Otieno', 'Nørgaard', 'Oduya', 'Petrakis', 'Rautiainen-Holm', 'Szentkirályi-Kost', 'Tanabe-Hall',
  'Uchenna-Brook', 'Vasquez-Orlov', 'Wakefield-Ito', 'Xanthos', 'Yilmazer', 'Zubiaurre', 'Adjei-Morrow',
  'Baptiste-Lind', 'Coutinho-Reis', 'Dahlberg', 'Emenike', 'Fonseca-Brandt', 'Gallardo-Peña', 'Hakimi-Ross',
  'Ishikawa-Rowe', 'Jovanović', 'Kazmierczak', 'Lapointe-Sato', 'Mendelsohn-Ek', 'Ndlovu-Carter',
  'Oyewole-Haas', 'Paredes-Lynn', 'Rahimi-Vogt', 'Saarinen-Holt', 'Tzortzis', 'Umarkhodjaev', 'Vukčević',
  'Wojtaszek', 'Yamauchi-Bell', 'Zavala-Strand', 'van Oosterwijk', 'de la Fuente-Marsh', "O'Faolain-Byrd",
  'McTavish-Orr', 'Ferreira da Luz', 'Al-Sayegh', 'Ben-Haviv', 'Koç-Ardıç', 'Moreau-Quist', 'Holmqvist',
  'Skovgaard', 'Brennan-Vance', 'Achterhof-Lowry', 'Tarkovich', 'Lindahl', 'Pohjola', 'Kettunen-Ray',
  'Vaillancourt', 'Beaumanoir', 'Ravensworth', 'Cholmondeley-Fry', 'Ashdown', 'Thornquist', 'Oakhaven',
  'Silvermere', 'Windermere-Hsu', 'Blackwood-Ayodele', 'Greenhalgh', 'Fitzwarren', 'Merriweather',
  'Coldstream', 'Hawthorne-Mbatha', 'Ivanescu', 'Jablonski-Roe', 'Krummholz', 'Lüttgens', 'Mäkeläinen',
  'Nieminen-Cruz', 'Ollerenshaw', 'Prewitt-Sandoval', 'Quist-Larsen', 'Rønningen', 'Steinþórsdóttir',
  'Trøan', 'Urquiza-Bell', 'Vörösváry-Kay', 'Wenzelburger', 'Yeboah-Lister', 'Zijlstra-Moon',
]

/** Names whose slug keeps non-ASCII letters (LinkedIn then percent-encodes them in URLs). */
export const NON_ASCII_NAMES: readonly (readonly [string, string])[] = [
  ['José', 'Ortiz-Quell'], ['Zoë', 'Brandvold'], ['Søren', 'Ødegård'], ['Łukasz', 'Wróblewski'],
  ['Ángela', 'Núñez-Vallejo'], ['Jiří', 'Dvořáčková-Venn'], ['Ömer', 'Gündoğdu'], ['Dagný', 'Steinþórsdóttir'],
  ['Νίκος', 'Παπαλεξάκης'], ['Мирослава', 'Лебедянская'], ['Ngọc', 'Trần-Vale'], ['Björk', 'Hallgrímsdóttir'],
  ['Émile', 'Beaumanoir'], ['Ðorđe', 'Vukčević'], ['Şule', 'Çelikkaya'], ['Małgosia', 'Gorczyca'],
]

const CREDENTIALS = [', PhD', ', Ph.D.', ', MBA', ', CPA', ', PMP', ', MD', ', CFA', ', P.Eng.'] as const
const EMOJI = ['🚲', '🌍', '🚀', '☕', '🌱', '🎧', '⛵'] as const
const NICKNAMES = ['Kit', 'Bo', 'Sunny', 'Jo', 'Max', 'Lu', 'Dee', 'from Oslo', 'she/her', 'he/him'] as const

export interface InventedName {
  firstName: string
  lastName: string
}

type Decoration = 'none' | 'credential' | 'emoji' | 'nickname'
const DECORATIONS: readonly (readonly [Decoration, number])[] = [
  ['none', 0.982],
  ['credential', 0.012],
  ['emoji', 0.003],
  ['nickname', 0.003],
]

const DECORATE: Record<Decoration, (rng: Rng, name: InventedName) => InventedName> = {
  none: (_rng, name) => name,
  credential: (rng, name) => ({ ...name, lastName: name.lastName + rng.pick(CREDENTIALS) }),
  emoji: (rng, name) => ({ ...name, lastName: `${name.lastName} ${rng.pick(EMOJI)}` }),
  nickname: (rng, name) => ({ ...name, firstName: `${name.firstName} (${rng.pick(NICKNAMES)})` }),
}

/** A name as a member might type it: mostly plain, sometimes with credentials, emoji or a nickname. */
export function inventName(rng: Rng): InventedName {
  const plain = { firstName: rng.pick(FIRST_NAMES), lastName: rng.pick(LAST_NAMES) }
  return DECORATE[rng.weighted(DECORATIONS)](rng, plain)
}

/** A name from the non-ASCII list, for the few members whose slug is percent-encoded. */
export function inventNonAsciiName(rng: Rng): InventedName {
  const [firstName, lastName] = rng.pick(NON_ASCII_NAMES)
  return { firstName, lastName }
}

/** `First Last`, the display form used in messages and invitations. */
export function displayName(name: InventedName): string {
  return `${name.firstName} ${name.lastName}`
}

export function pickEmoji(rng: Rng): string {
  return rng.pick(EMOJI)
}
