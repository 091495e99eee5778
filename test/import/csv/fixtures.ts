/** CSV texts in the shapes of linkedin-export.md (invented people, example.* domains). */

export const PREAMBLE =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address using this setting https://www.linkedin.com/psettings/privacy/email. You can learn more here https://www.linkedin.com/help/linkedin/answer/261"\n\n'

export const CONNECTIONS_2026 =
  PREAMBLE +
  'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
  'Mara,Quellen,https://www.linkedin.com/in/mara-quellen-4b21a7,,"Brightwater Labs, Inc.",Staff Engineer,14 Mar 2026\n' +
  'Tobias,Venn,https://www.linkedin.com/in/TobiasVenn,tobias.venn@example.org,Orchard Systems,"Director, Platform ",02 Feb 2026\n' +
  ',,,,,,29 Jan 2026\n' +
  'Zoë,"Brandvold, PhD",https://www.linkedin.com/in/zo%C3%AB-brandvold,,Fjordline Research,Research Lead,07 Nov 2023\n' +
  'Rafael,Osterhout 🚲,https://www.linkedin.com/in/rafael-osterhout-9a8b7c6d5,,,,19 Aug 2019'

export const CONNECTIONS_2021 =
  'First Name,Last Name,Email Address,Company,Position,Connected On\n' +
  'Mara,Quellen,,Brightwater Labs,Staff Engineer,14 Mar 2021\n' +
  ',,,,,02 Feb 2021\n' +
  'Noor,Haddad,noor.h@example.com,Orchard Systems,CTO,11 Jan 2021\n'

export const CONNECTIONS_2018 =
  'First Name,Last Name,Email Address,Company,Position,Connected On\n' +
  'Mara,Quellen,mara.q@example.com,Brightwater Labs,Staff Engineer,"3/14/18, 9:05 AM"\n' +
  'Noor,Haddad,noor.h@example.net,Orchard Systems,CTO,"6/16/18, 10:01 AM"\n'

export const MESSAGES_2025 =
  'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER\n' +
  '2-ZmFrZS1jb252LTAwMDE=,,Mara Quellen,https://www.linkedin.com/in/mara-quellen-4b21a7,Sam Owner,https://www.linkedin.com/in/sam-owner,2025-06-01 14:03:22 UTC,,"Thanks for the intro, free Thursday?",INBOX\n' +
  '2-ZmFrZS1jb252LTAwMDE=,,Sam Owner,https://www.linkedin.com/in/sam-owner,Mara Quellen,https://www.linkedin.com/in/mara-quellen-4b21a7,2025-06-01 15:10:00 UTC,,Thursday works.,INBOX\n' +
  '2-ZmFrZS1jb252LTAwMDI=,Sponsored Conversation,LinkedIn Member,,Sam Owner,https://www.linkedin.com/in/sam-owner,2025-05-20 09:00:00 UTC,,"<p class=""spinmail-quill-editor__spin-break"">Hi %FIRSTNAME%,</p>",INBOX\n' +
  '2-ZmFrZS1jb252LTAwMDM=,,"Tobias Venn, MBA",https://www.linkedin.com/in/TobiasVenn,Sam Owner,https://www.linkedin.com/in/sam-owner,2024-11-02 08:30:00 UTC,,Congrats on the new role,ARCHIVE\n'

export const MESSAGES_2026 =
  '"CONVERSATION ID","CONVERSATION TITLE","FROM","SENDER PROFILE URL","TO","RECIPIENT PROFILE URLS","DATE","SUBJECT","CONTENT","FOLDER","ATTACHMENTS"\n' +
  '"2-ZmFrZS1jb252LTAwMDE=","","Mara Quellen","https://www.linkedin.com/in/mara-quellen-4b21a7","Sam Owner","https://www.linkedin.com/in/sam-owner","2026-03-01 10:00:00 UTC","","Hi Sam,\nsee you at ""the"" meetup.\n\nMara","INBOX",""\n' +
  '"2-ZmFrZS1jb252LTAwMDE=","","Sam Owner","https://www.linkedin.com/in/sam-owner","Mara Quellen, Noor Haddad","https://www.linkedin.com/in/mara-quellen-4b21a7,https://www.linkedin.com/in/noor-haddad-77","2026-03-01 11:00:00 UTC","","Great","INBOX",""\n'

export const MESSAGES_2018 =
  'From,To,Date,Subject,Content,Direction,Folder\n' +
  'Mara Quellen,Sam Owner,"4/2/18, 9:15 AM",Hello,"Nice to meet you, Sam",INCOMING,INBOX\n' +
  'Sam Owner,Mara Quellen,"4/2/18, 10:40 PM",Re: Hello,Likewise,OUTGOING,SENT\n'

export const INVITATIONS_2026 =
  'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n' +
  'Sam Owner,Mara Quellen,"3/14/26, 2:37 PM",,OUTGOING,https://www.linkedin.com/in/sam-owner,https://www.linkedin.com/in/mara-quellen-4b21a7\n' +
  'Tobias Venn,Sam Owner,"2/1/26, 11:05 AM","Hi Sam, we met at the Orchard meetup.",INCOMING,https://www.linkedin.com/in/TobiasVenn,https://www.linkedin.com/in/sam-owner\n' +
  'Sam Owner,Noor Haddad,"12/9/25, 8:12 PM",,OUTGOING,https://www.linkedin.com/in/sam-owner,https://www.linkedin.com/in/noor-haddad-77\n'

export const INVITATIONS_2022 =
  'From,To,Sent At,Message,Direction\n' +
  'Sam Owner,Mara Quellen,"9/1/22, 8:15 AM",,OUTGOING\n' +
  'Tobias Venn,Sam Owner,"8/30/22, 5:51 PM",Hello from the conference,INCOMING\n'

export const NOTES_2026 =
  'Connection First Name,Connection Last Name,Connection Profile URL,Note,Created On,Edited On\n' +
  'Mara,Quellen,https://www.linkedin.com/in/mara-quellen-4b21a7,met at design week,2025-07-30 18:20:00 UTC,\n' +
  'Tobias,Venn,https://www.linkedin.com/in/TobiasVenn,"Intro\'d by Noor; follow up in Q3",2026-01-11 09:02:13 UTC,2026-02-01 10:00:00 UTC\n'

export const ENDORSEMENTS_2024 =
  'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorser Public Url,Endorsement Status\r\n' +
  '2025/06/20 13:05:02 UTC,Team Leadership,Mara,Quellen,www.linkedin.com/in/mara-quellen-4b21a7,ACCEPTED\r\n' +
  '2024/11/15 10:00:00 UTC,Distributed Systems,Tobias,Venn,www.linkedin.com/in/TobiasVenn,ACCEPTED\r\n'

export const ENDORSEMENTS_2022 =
  'Endorsement Date,Skill Name,Endorser First Name,Endorser Last Name,Endorsement Status\n' +
  '2022/06/20 13:05:02 UTC,Team Leadership,Mara,Quellen,ACCEPTED\n' +
  '2022/05/02 08:00:00 UTC,Public Speaking,Noor,Haddad,ACCEPTED\n'

/** The legacy file of 2022: tab-separated, every field quoted, an extra Display Status column. Encode as UTF-16LE. */
export const ENDORSEMENTS_2022_LEGACY =
  '"Endorsement Date"\t"Skill Name"\t"Endorser First Name"\t"Endorser Last Name"\t"Endorsement Status"\t"Display Status"\n' +
  '"2022/06/20 13:05:02 UTC"\t"Team Leadership"\t"Mara"\t"Quellen"\t"ACCEPTED"\t"SHOWN"\n' +
  '"2022/05/02 08:00:00 UTC"\t"Public Speaking"\t"Noor"\t"Haddad"\t"ACCEPTED"\t"SHOWN"\n'

export const RECOMMENDATIONS =
  'First Name,Last Name,Company,Job Title,Text,Creation Date,Status\n' +
  'Mara,Quellen,"Brightwater Labs, Inc.",Staff Engineer,"Sam is calm under pressure, and ""ships"".","03/02/24, 04:15 PM",VISIBLE\n' +
  'Noor,Haddad,Orchard Systems,CTO,Great collaborator.,"11/19/21, 09:03 AM",HIDDEN\n'

export const PROFILE_2026 =
  'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers\n' +
  'Sam,Owner,,,Jun 5,"Engineer, builder ",,Software,,"Oslo, Norway",,[PORTFOLIO:https://www.example.com],\n'

export const CONTACTS_2024 =
  'Source,FirstName,LastName,Companies,Title,Emails,PhoneNumbers,CreatedAt,Addresses,Sites,InstantMessageHandles,FullName,Birthday,Location,BookmarkedAt,Profiles\n' +
  'MOBILE_CONTACTS,Mara,Quellen,,,mara.q@example.com," +44 20 7946 0000, +447700900123","3/2/24, 9:41 AM",,,,,,,,\n'

export const IMPORTED_CONTACTS_2026 =
  'FirstName,MiddleName,LastName,MaidenName,NickName,NamePrefix,NameSuffix,Title,Emails,PhoneNumbers,CreatedAt,UpdatedAt,CountryCode,RegionCode,ThirdPartyVerified,Location\n' +
  'Noor,,Haddad,,,,,,noor.h@example.com,,"7/22/25, 3:13 PM","7/22/25, 3:13 PM",,,,\n'

export const IMPORTED_CONTACTS_2018 =
  'First Name,Last Name,Companies,Title,Email Address,Phone Numbers,Created At,Instant Message Handles,Addresses,Sites,Full Name,Birthday,Location,Bookmarked At,Profiles\n' +
  'Mara,Quellen,,,mara.q@example.com,+447700900123,"3/2/18, 9:41 AM",,,,,,,,\n'

export const RECOMMENDATIONS_GIVEN = RECOMMENDATIONS

export const LEARNING = 'Content Title,Content Description,Content Type,Content Last Watched Date (if viewed),Content Completed At (if completed),\nIntro to Things,About things,Course,2024-01-01 10:00 UTC,N/A,\n'
