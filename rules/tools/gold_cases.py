#!/usr/bin/env python3
"""Writes rules/src/test/resources/dev/verbatim/rules/gold-cases.jsonl from the cases below.

Every sentence here was written by the Verbatim developers for these tests; none comes from any corpus.
Spans are given as substrings (or (substring, n) for the n-th occurrence, 0-based) and turned into
UTF-16 [start, end) offsets; the script checks each case before writing it.

Conventions the expected values follow (GoldCasesTest compares them exactly):
- direct: each span includes its quote marks and any punctuation inside them. A quote interrupted by
  its attribution, in one sentence or across two, is ONE quote with two spans.
- mixed/indirect: the content is the reported clause, with a leading "that" when present, without the
  cue, the speaker or the sentence's final period (a period inside a closing quote mark stays).
- cue: the verb form that introduces the speech ("said", "adding", "pointed out"), without time words
  ("said Tuesday" -> "said") or a listener that is not a fixed phrase ("told Reuters" -> "told"). A
  multi-word cue from multiword-cues.txt keeps all its words ("according to", "was quoted as saying",
  "told reporters", "said in a statement"), except that "quoted X as saying" and "cited X as saying"
  give the verb alone ("quoted"), so the cue never contains the speaker. A dash attribution's cue is
  the dash itself; a floating quote has no cue (null).
- speaker: the local mention as written: a name with its title ("Gov. Ana Ruiz"), a pronoun, or a
  noun phrase with its determiner and post-modifiers ("a source familiar with the talks"), never an
  appositive. A floating quote's speaker is the mention of the attribution it continues.
- entity: for a person, the fullest personal-name form without titles; for anything else, its fullest
  mention with a leading article dropped ("Health Ministry", "two senators", "senior diplomat";
  numerals stay: "one official").
"""
import json
import os
import sys

OPEN_MARKS = "“‘\"'"
CLOSE_MARKS = "”’\"'"
ALL_MARKS = "“”‘’\""


def Q(kind, spans, cue, speaker, entity):
    return dict(kind=kind, spans=spans, cue=cue, speaker=speaker, entity=entity)


def D(spans, cue, speaker, entity):
    return Q("direct", spans if isinstance(spans, list) else [spans], cue, speaker, entity)


def M(span, cue, speaker, entity):
    return Q("mixed", [span], cue, speaker, entity)


def I(span, cue, speaker, entity):
    return Q("indirect", [span], cue, speaker, entity)


CASES = [
    # --- speaker after the quote
    ("after-quote-explained", "speaker after quote",
     "Peter Navarro spent the morning at the port. “We have to move faster on these contracts,” Navarro explained.",
     [D("“We have to move faster on these contracts,”", "explained", "Navarro", "Peter Navarro")]),
    ("after-quote-said-name", "speaker after quote",
     "“The budget is balanced for the first time in a decade,” said Karen Holt.",
     [D("“The budget is balanced for the first time in a decade,”", "said", "Karen Holt", "Karen Holt")]),
    ("after-quote-said-title", "speaker after quote",
     "“Nobody will lose their pension,” said Gov. Ana Ruiz.",
     [D("“Nobody will lose their pension,”", "said", "Gov. Ana Ruiz", "Ana Ruiz")]),
    ("after-quote-asked", "speaker after quote",
     "“Where is the money going?” asked Marcus Bell, a council member.",
     [D("“Where is the money going?”", "asked", "Marcus Bell", "Marcus Bell")]),
    ("after-quote-straight-marks", "speaker after quote",
     "Julia Fenwick, the county engineer, toured the site. \"The bridge will reopen in March,\" Ms. Fenwick said.",
     [D("\"The bridge will reopen in March,\"", "said", "Ms. Fenwick", "Julia Fenwick")]),
    ("after-quote-modifiers-before-title", "speaker after quote",
     "“The levee will hold this spring,” said former Ohio Gov. Ted Marsh.",
     [D("“The levee will hold this spring,”", "said", "former Ohio Gov. Ted Marsh", "Ted Marsh")]),
    ("after-quote-occupation-before-name", "speaker after quote",
     "“Turnout in the suburbs decides it,” said pollster Rita Gomez. Gomez has polled the county since 2002.",
     [D("“Turnout in the suburbs decides it,”", "said", "pollster Rita Gomez", "Rita Gomez")]),
    ("after-quote-role-run-before-name", "speaker after quote",
     "“They never fixed the crossing,” said longtime city hall critic Joan Bell.",
     [D("“They never fixed the crossing,”", "said", "longtime city hall critic Joan Bell", "Joan Bell")]),
    ("after-quote-possessive-place", "speaker after quote",
     "“We got lucky with the weather,” said Oregon's Dan Wu, a bakery owner.",
     [D("“We got lucky with the weather,”", "said", "Oregon's Dan Wu", "Dan Wu")]),
    ("role-nominal-age", "role nominal",
     "Mira Osei has run the shop since 1990. “I was born three streets from here,” said the 46-year-old.",
     [D("“I was born three streets from here,”", "said", "the 46-year-old", "46-year-old")]),
    ("anonymous-modifiers-before-role", "anonymous source",
     "“Nobody expected the vote to be this close,” said one former city hall aide.",
     [D("“Nobody expected the vote to be this close,”", "said", "one former city hall aide",
        "one former city hall aide")]),
    ("after-quote-verb-before-title", "speaker after quote",
     "Ana Ruiz came to help Mr. Park. “It was the right thing,” she said.",
     [D("“It was the right thing,”", "said", "she", "Ana Ruiz")]),

    ("pronoun-after-year", "pronoun resolution",
     "Ana Ruiz has run the county since 2009. In 2015 she said the bridge would reopen within a year.",
     [I("the bridge would reopen within a year", "said", "she", "Ana Ruiz")]),

    ("after-quote-party-before-name", "speaker after quote",
     "“The count was fair,” said Republican Ana Ruiz. Ana Ruiz won the seat in 2014.",
     [D("“The count was fair,”", "said", "Republican Ana Ruiz", "Ana Ruiz")]),

    ("after-quote-number-before-role", "speaker after quote",
     "“The hearings must go on,” said 9/11 widow Dana Pruitt.",
     [D("“The hearings must go on,”", "said", "9/11 widow Dana Pruitt", "Dana Pruitt")]),

    # --- speaker before the quote
    ("before-quote-colon", "speaker before quote",
     "Gov. Ana Ruiz visited the plant on Friday. Ruiz said: “The plant stays open.”",
     [D("“The plant stays open.”", "said", "Ruiz", "Ana Ruiz")]),
    ("before-quote-no-colon", "speaker before quote",
     "Tom Lee said “We are nowhere near a deal.”",
     [D("“We are nowhere near a deal.”", "said", "Tom Lee", "Tom Lee")]),
    ("before-quote-explained", "speaker before quote",
     "Daniel Brandt, the union's treasurer, explained: “Every member gets a vote.”",
     [D("“Every member gets a vote.”", "explained", "Daniel Brandt", "Daniel Brandt")]),
    ("before-quote-added", "speaker before quote",
     "Then Priya Raman added: “We will not wait for the courts.”",
     [D("“We will not wait for the courts.”", "added", "Priya Raman", "Priya Raman")]),

    # --- split quotes
    ("split-said-comma", "split quote",
     "“The numbers are clear,” Ruiz said, “and they are not good.”",
     [D(["“The numbers are clear,”", "“and they are not good.”"], "said", "Ruiz", "Ruiz")]),
    ("split-across-sentences", "split quote",
     "“We tried,” said Omar Haddad. “We really did.”",
     [D(["“We tried,”", "“We really did.”"], "said", "Omar Haddad", "Omar Haddad")]),
    ("split-pronoun", "split quote",
     "Maria Okafor runs the clinic. “We see forty patients a day,” she said, “and the line starts at dawn.”",
     [D(["“We see forty patients a day,”", "“and the line starts at dawn.”"], "said", "she", "Maria Okafor")]),

    # --- appositives and long asides
    ("appositive-role-relative", "appositive or aside",
     "Ruiz, a spokeswoman for the ministry who joined in May, said the rules would change next year.",
     [I("the rules would change next year", "said", "Ruiz", "Ruiz")]),
    ("appositive-relative-clause", "appositive or aside",
     "Helen Whitcombe, who has run the shelter since 2009 and sits on two city boards, said: “We are full every night.”",
     [D("“We are full every night.”", "said", "Helen Whitcombe", "Helen Whitcombe")]),
    ("appositive-age-origin", "appositive or aside",
     "Samuel Adeyemi, 54, a former teacher from Leeds, said that the school had been neglected for years.",
     [I("that the school had been neglected for years", "said", "Samuel Adeyemi", "Samuel Adeyemi")]),
    ("appositive-after-inverted", "appositive or aside",
     "“It is a fair deal,” said Victor Kaminski, the chief negotiator for the dockworkers, who spent three weeks at the table.",
     [D("“It is a fair deal,”", "said", "Victor Kaminski", "Victor Kaminski")]),

    # --- dash attribution
    ("dash-em-spaced", "dash attribution",
     "“Those who forget the past are not fit to lead.” — Sen. Joan Park",
     [D("“Those who forget the past are not fit to lead.”", "—", "Sen. Joan Park", "Joan Park")]),
    ("dash-with-context", "dash attribution",
     "“Every vote counts, and every voter matters.” — Mayor Rosa Delgado, at her swearing-in",
     [D("“Every vote counts, and every voter matters.”", "—", "Mayor Rosa Delgado", "Rosa Delgado")]),
    ("dash-unspaced-role", "dash attribution",
     "“We are ready for the storm.”—Ingrid Solberg, fire chief",
     [D("“We are ready for the storm.”", "—", "Ingrid Solberg", "Ingrid Solberg")]),

    # --- time words after the cue
    ("time-said-weekday", "time words after cue",
     "“The vote will happen,” Park said Tuesday.",
     [D("“The vote will happen,”", "said", "Park", "Park")]),
    ("time-said-on-weekday-that", "time words after cue",
     "Lucas Moreau said on Tuesday that the factory would hire 200 workers.",
     [I("that the factory would hire 200 workers", "said", "Lucas Moreau", "Lucas Moreau")]),
    ("time-inverted-on-weekday", "time words after cue",
     "“A decision is close,” said Joan Park on Wednesday.",
     [D("“A decision is close,”", "said", "Joan Park", "Joan Park")]),
    ("time-said-late-weekday", "time words after cue",
     "“The talks were useful,” Ushakov said late Thursday.",
     [D("“The talks were useful,”", "said", "Ushakov", "Ushakov")]),

    # --- according to
    ("according-to-after", "according to",
     "The plant will close in June, according to Ruiz.",
     [I("The plant will close in June", "according to", "Ruiz", "Ruiz")]),
    ("according-to-organisation-first", "according to",
     "According to the Health Ministry, 300 jobs will be lost.",
     [I("300 jobs will be lost", "According to", "the Health Ministry", "Health Ministry")]),
    ("according-to-person-first", "according to",
     "According to Karen Holt, the budget office underestimated costs by a third.",
     [I("the budget office underestimated costs by a third", "According to", "Karen Holt", "Karen Holt")]),
    ("according-to-direct", "according to",
     "“The schools are safe,” according to Superintendent Marcus Bell.",
     [D("“The schools are safe,”", "according to", "Superintendent Marcus Bell", "Marcus Bell")]),

    # --- quoted as saying
    ("quoted-as-saying-that", "was quoted as saying",
     "Ruiz was quoted as saying that the deal was dead.",
     [I("that the deal was dead", "was quoted as saying", "Ruiz", "Ruiz")]),
    ("quoted-as-saying-mixed", "was quoted as saying",
     "Daniel Brandt was quoted as saying the strike was “a last resort.”",
     [M("the strike was “a last resort.”", "was quoted as saying", "Daniel Brandt", "Daniel Brandt")]),
    ("quoted-as-saying-direct", "was quoted as saying",
     "“We will not sign,” Haddad was quoted as saying.",
     [D("“We will not sign,”", "was quoted as saying", "Haddad", "Haddad")]),
    ("newspaper-quoted-x-as-saying", "quoted X as saying",
     "The newspaper quoted Tom Lee as saying the merger would go ahead.",
     [I("the merger would go ahead", "quoted", "Tom Lee", "Tom Lee")]),
    ("paper-quoted-official-as-saying", "quoted X as saying",
     "The Herald quoted a senior official as saying that talks had stalled.",
     [I("that talks had stalled", "quoted", "a senior official", "senior official")]),
    ("radio-cited-x-as-saying", "quoted X as saying",
     "Local radio cited Ingrid Solberg as saying that two homes had burned.",
     [I("that two homes had burned", "cited", "Ingrid Solberg", "Ingrid Solberg")]),

    # --- multi-word cues from multiword-cues.txt
    ("multiword-went-on", "multi-word cue",
     "“We lost,” Lee said. He went on: “But we will be back.”",
     [D("“We lost,”", "said", "Lee", "Lee"),
      D("“But we will be back.”", "went on", "He", "Lee")]),
    ("multiword-pointed-out", "multi-word cue",
     "Karen Holt pointed out that the law had never been tested.",
     [I("that the law had never been tested", "pointed out", "Karen Holt", "Karen Holt")]),
    ("multiword-made-clear", "multi-word cue",
     "Joan Park made clear that she would not resign.",
     [I("that she would not resign", "made clear", "Joan Park", "Joan Park")]),
    ("multiword-has-learned", "multi-word cue",
     "The Herald has learned that the mayor will resign.",
     [I("that the mayor will resign", "has learned", "The Herald", "Herald")]),
    ("multiword-said-in-interview", "multi-word cue",
     "Tom Lee said in an interview that he would run again.",
     [I("that he would run again", "said in an interview", "Tom Lee", "Tom Lee")]),

    # --- participles
    ("participle-saying-direct", "participle saying/adding",
     "Ruiz defended the plan, saying “It will save money.”",
     [D("“It will save money.”", "saying", "Ruiz", "Ruiz"),
      I("the plan", "defended", "Ruiz", "Ruiz")]),
    ("participle-adding-colon", "participle saying/adding",
     "Park turned down the offer on Monday, adding: “We deserve better.”",
     [D("“We deserve better.”", "adding", "Park", "Park")]),
    ("participle-saying-that", "participle saying/adding",
     "Maria Okafor met the volunteers on Sunday, saying that the clinic could not run without them.",
     [I("that the clinic could not run without them", "saying", "Maria Okafor", "Maria Okafor")]),
    ("participle-saying-mixed", "participle saying/adding",
     "Mayor Rosa Delgado closed the session, saying the city had “turned a corner.”",
     [M("the city had “turned a corner.”", "saying", "Mayor Rosa Delgado", "Rosa Delgado")]),

    # --- told: the object is the listener
    ("told-outlet-direct", "told listener",
     "“We are ready,” Ruiz told Reuters.",
     [D("“We are ready,”", "told", "Ruiz", "Ruiz")]),
    ("told-reporters-that", "told listener",
     "Tom Lee told reporters that the vote would be close.",
     [I("that the vote would be close", "told reporters", "Tom Lee", "Tom Lee")]),
    ("told-person-listener", "told listener",
     "“There will be no recount,” Park told Ms. Delgado on Friday.",
     [D("“There will be no recount,”", "told", "Park", "Park")]),
    ("told-agency-no-that", "told listener",
     "Omar Haddad told The Associated Press the border would stay shut.",
     [I("the border would stay shut", "told", "Omar Haddad", "Omar Haddad")]),

    # --- mixed quotes
    ("mixed-fragment-mid", "mixed quote",
     "Ruiz said the talks had “collapsed completely” overnight.",
     [M("the talks had “collapsed completely” overnight", "said", "Ruiz", "Ruiz")]),
    ("mixed-called-dear-friend", "mixed quote",
     "Lee called Park his “dear friend” at the dinner.",
     [M("Park his “dear friend”", "called", "Lee", "Lee")]),
    ("mixed-that-fragment-then-verb", "mixed quote",
     "Brandt said that the offer was “an insult to every worker” and walked out.",
     [M("that the offer was “an insult to every worker”", "said", "Brandt", "Brandt")]),
    ("mixed-warned-final-fragment", "mixed quote",
     "Ingrid Solberg warned that the fire season would be “long and brutal.”",
     [M("that the fire season would be “long and brutal.”", "warned", "Ingrid Solberg", "Ingrid Solberg")]),

    # --- indirect speech
    ("indirect-said-no-that", "indirect speech",
     "Ruiz said the plant would close.",
     [I("the plant would close", "said", "Ruiz", "Ruiz")]),
    ("indirect-said-that", "indirect speech",
     "Ruiz said that the plant would close.",
     [I("that the plant would close", "said", "Ruiz", "Ruiz")]),
    ("indirect-clause-first", "indirect speech",
     "The plant will close, Ruiz said.",
     [I("The plant will close", "said", "Ruiz", "Ruiz")]),
    ("indirect-warned-of", "indirect speech",
     "Ruiz warned of higher prices next year.",
     [I("higher prices next year", "warned", "Ruiz", "Ruiz")]),
    ("indirect-denied-that", "indirect speech",
     "Karen Holt denied that the office had lost any files.",
     [I("that the office had lost any files", "denied", "Karen Holt", "Karen Holt")]),
    ("indirect-clause-first-predicted", "indirect speech",
     "Prices will fall by summer, Victor Kaminski predicted.",
     [I("Prices will fall by summer", "predicted", "Victor Kaminski", "Victor Kaminski")]),
    ("indirect-risky-believes", "indirect speech",
     "Joan Park believes the law will be struck down.",
     [I("the law will be struck down", "believes", "Joan Park", "Joan Park")]),

    # --- floating quotes continue the previous paragraph's speaker
    ("floating-one-paragraph", "floating quote paragraph",
     "“We are not leaving,” Rosa Delgado said on Monday.\n\n“This is our home, and we will defend it.”",
     [D("“We are not leaving,”", "said", "Rosa Delgado", "Rosa Delgado"),
      D("“This is our home, and we will defend it.”", None, "Rosa Delgado", "Rosa Delgado")]),
    ("floating-two-paragraphs-after-mixed", "floating quote paragraph",
     "Tom Lee said the vote was “a mandate for change.”\n\n“People want schools that work.”\n\n“They want roads without holes.”",
     [M("the vote was “a mandate for change.”", "said", "Tom Lee", "Tom Lee"),
      D("“People want schools that work.”", None, "Tom Lee", "Tom Lee"),
      D("“They want roads without holes.”", None, "Tom Lee", "Tom Lee")]),
    ("floating-after-pronoun", "floating quote paragraph",
     "Maria Okafor opened the clinic in 2015. “It was a leap of faith,” she said.\n\n“Nobody gave it a year.”",
     [D("“It was a leap of faith,”", "said", "she", "Maria Okafor"),
      D("“Nobody gave it a year.”", None, "she", "Maria Okafor")]),

    # --- quote inside a quote
    ("nested-told-me", "quote inside quote",
     "“Park told me ‘we won,’ and then the lights went out,” Lee said.",
     [D("“Park told me ‘we won,’ and then the lights went out,”", "said", "Lee", "Lee"),
      D("‘we won,’", "told", "Park", "Park")]),
    ("nested-said-to-us", "quote inside quote",
     "“Brandt said to us, ‘Hold the line,’ so we held it,” Haddad said.",
     [D("“Brandt said to us, ‘Hold the line,’ so we held it,”", "said", "Haddad", "Haddad"),
      D("‘Hold the line,’", "said", "Brandt", "Brandt")]),
    ("nested-title-not-speech", "quote inside quote",
     "“We read ‘Animal Farm’ in school,” Lee said.",
     [D("“We read ‘Animal Farm’ in school,”", "said", "Lee", "Lee")]),

    # --- a name inside a quote is never its speaker
    ("name-in-quote-subject", "name inside quote",
     "“Park is wrong,” Lee said.",
     [D("“Park is wrong,”", "said", "Lee", "Lee")]),
    ("name-in-quote-addressed", "name inside quote",
     "“Ana, this plan will fail,” Brandt told Ruiz.",
     [D("“Ana, this plan will fail,”", "told", "Brandt", "Brandt")]),
    ("name-in-quote-title", "name inside quote",
     "“Senator Lee has never visited this town,” said Marcus Bell.",
     [D("“Senator Lee has never visited this town,”", "said", "Marcus Bell", "Marcus Bell")]),
    ("name-in-quote-pronoun-speaker", "name inside quote",
     "Grace Lindqvist faced the board. “Mr. Kaminski owes us a new roof,” she said.",
     [D("“Mr. Kaminski owes us a new roof,”", "said", "she", "Grace Lindqvist")]),

    # --- name chains
    ("chain-full-surname-honorific", "name chain",
     "Yuri Ushakov, a Kremlin aide, met the envoys on Friday.\n\n“The meeting was constructive,” Ushakov said.\n\nMr. Ushakov said that a second round would follow.",
     [D("“The meeting was constructive,”", "said", "Ushakov", "Yuri Ushakov"),
      I("that a second round would follow", "said", "Mr. Ushakov", "Yuri Ushakov")]),
    ("chain-doctor-title", "name chain",
     "Dr. Priya Raman leads the study. “The results surprised us,” Dr. Raman said. “We will publish in June,” Raman added.",
     [D("“The results surprised us,”", "said", "Dr. Raman", "Priya Raman"),
      D("“We will publish in June,”", "added", "Raman", "Priya Raman")]),
    ("chain-senator-to-ms", "name chain",
     "Sen. Julia Fenwick arrived late. “The roads were closed,” said Ms. Fenwick.",
     [D("“The roads were closed,”", "said", "Ms. Fenwick", "Julia Fenwick")]),

    # --- pronouns resolved by gender, number and salience, wherever they stand
    ("pronoun-after-fronted-phrase", "pronoun resolution",
     "Peter Navarro returned from Beijing on Sunday. After a long flight, he said the trip had been worth it.",
     [I("the trip had been worth it", "said", "he", "Peter Navarro")]),
    ("pronoun-gender-she", "pronoun resolution",
     "Ana Ruiz met Tom Lee on Monday. “It went well,” she said.",
     [D("“It went well,”", "said", "she", "Ana Ruiz")]),
    ("pronoun-gender-he", "pronoun resolution",
     "Ana Ruiz met Tom Lee on Monday. “It went well,” he said.",
     [D("“It went well,”", "said", "he", "Tom Lee")]),
    ("pronoun-gender-after-subclause", "pronoun resolution",
     "Omar Haddad and his lawyer, Karen Holt, left the court together. Outside, she said the verdict would be appealed.",
     [I("the verdict would be appealed", "said", "she", "Karen Holt")]),
    ("pronoun-salience-subject", "pronoun resolution",
     "Victor Kaminski greeted Tom Lee at the door. “We have a lot to discuss,” he said.",
     [D("“We have a lot to discuss,”", "said", "he", "Victor Kaminski")]),
    ("pronoun-it-organisation", "pronoun resolution",
     "Acme Corp. lost money for the third quarter in a row. It said sales had fallen by a fifth.",
     [I("sales had fallen by a fifth", "said", "It", "Acme Corp.")]),
    ("pronoun-in-when-clause", "pronoun resolution",
     "Grace Lindqvist, the agency's director, sat before the committee for three hours. When the hearing ended, she told reporters the agency had done nothing wrong.",
     [I("the agency had done nothing wrong", "told reporters", "she", "Grace Lindqvist")]),

    # --- role nominals linked to the appositive or title that introduced them
    ("role-appositive-adviser", "role nominal",
     "Peter Navarro, the trade adviser, toured the port on Monday. “Our ships wait too long,” the adviser said.",
     [D("“Our ships wait too long,”", "said", "the adviser", "Peter Navarro")]),
    ("role-title-secretary", "role nominal",
     "Secretary of State Helen Whitcombe flew to Oslo. The secretary said the talks would resume in May.",
     [I("the talks would resume in May", "said", "The secretary", "Helen Whitcombe")]),
    ("role-appositive-mayor", "role nominal",
     "Rosa Delgado, the city's mayor, opened the new library. The mayor told reporters that it had cost less than planned.",
     [I("that it had cost less than planned", "told reporters", "The mayor", "Rosa Delgado")]),
    ("role-predicate-spokeswoman", "role nominal",
     "Ingrid Solberg is a spokeswoman for the fire service. “Stay indoors,” the spokeswoman said.",
     [D("“Stay indoors,”", "said", "the spokeswoman", "Ingrid Solberg")]),

    # --- organisations as speakers
    ("org-said-in-statement-that", "organisation speaker",
     "The Health Ministry said in a statement that the vaccine was safe.",
     [I("that the vaccine was safe", "said in a statement", "The Health Ministry", "Health Ministry")]),
    ("org-company-statement-direct", "organisation speaker",
     "“We regret the error,” Acme Corp. said in a statement.",
     [D("“We regret the error,”", "said in a statement", "Acme Corp.", "Acme Corp.")]),
    ("org-kremlin", "organisation speaker",
     "The Kremlin said the meeting would take place in Geneva.",
     [I("the meeting would take place in Geneva", "said", "The Kremlin", "Kremlin")]),
    ("org-head-noun-chain", "organisation speaker",
     "The Interior Ministry issued new rules on Monday. The ministry said the rules would cut delays.",
     [I("the rules would cut delays", "said", "The ministry", "Interior Ministry")]),
    ("org-agency-reported", "organisation speaker",
     "Reuters reported that the ship had left port.",
     [I("that the ship had left port", "reported", "Reuters", "Reuters")]),

    # --- anonymous sources
    ("organisation-issues-statement-saying", "organisation speaker",
     "The water board released a statement on Monday saying the reservoir was safe to use.",
     [I("the reservoir was safe to use", "saying", "The water board", "water board")]),
    ("person-posts-message-warning", "organisation speaker",
     "Ana Ruiz sent a letter to parents on Tuesday warning that the plant would close by June.",
     [I("that the plant would close by June", "warning", "Ana Ruiz", "Ana Ruiz")]),
    ("organisation-series-of-posts-saying", "organisation speaker",
     "The union sent out a series of posts on Friday saying the strike would go ahead.",
     [I("the strike would go ahead", "saying", "The union", "union")]),
    ("anonymous-source-familiar", "anonymous source",
     "A source familiar with the talks said a deal was close.",
     [I("a deal was close", "said", "A source familiar with the talks", "source familiar with the talks")]),
    ("anonymous-one-official-direct", "anonymous source",
     "“This came out of nowhere,” said one official.",
     [D("“This came out of nowhere,”", "said", "one official", "one official")]),
    ("anonymous-two-people", "anonymous source",
     "Two people familiar with the matter said the company would be sold.",
     [I("the company would be sold", "said", "Two people familiar with the matter", "Two people familiar with the matter")]),
    ("anonymous-clause-first", "anonymous source",
     "The plan was dropped, a senior diplomat said.",
     [I("The plan was dropped", "said", "a senior diplomat", "senior diplomat")]),

    # --- plural speakers
    ("plural-two-senators", "plural speaker",
     "The two senators said they would vote against the bill.",
     [I("they would vote against the bill", "said", "The two senators", "two senators")]),
    ("plural-students-direct", "plural speaker",
     "“We will be back next year,” the students said.",
     [D("“We will be back next year,”", "said", "the students", "students")]),
    ("plural-residents", "plural speaker",
     "Residents said the water had been brown for a week.",
     [I("the water had been brown for a week", "said", "Residents", "Residents")]),
    ("plural-they-pronoun", "plural speaker",
     "The two senators met the governor on Monday. They said the bill would pass.",
     [I("the bill would pass", "said", "They", "two senators")]),

    # --- scare quotes, titles and nicknames are not speech
    ("non-speech-so-called", "not speech",
     "The so-called “reform” passed on Monday.",
     []),
    ("non-speech-book-title", "not speech",
     "Her new book, “Rivers of Glass,” comes out in May.",
     []),
    ("non-speech-scare-quote", "not speech",
     "Residents of the “green zone” stayed home on Sunday.",
     []),
    ("non-speech-nickname", "not speech",
     "John “Buddy” Roberts coached the team for 30 years.",
     []),
    ("non-speech-beside-indirect", "not speech",
     "The “temporary” tax has now lasted a decade, and Holt said it should end.",
     [I("it should end", "said", "Holt", "Holt")]),

    # --- subjects of reported clauses that need the clause rules' own search
    ("clause-subject-relative-who", "indirect speech",
     "The vote was welcomed by Dana Whitlock, who said the county had waited long enough.",
     [I("the county had waited long enough", "said", "who", "Dana Whitlock")]),
    ("clause-subject-coordinated", "indirect speech",
     "The mayor toured the flooded depot and said the repairs would take a month.",
     [I("the repairs would take a month", "said", "The mayor", "mayor")]),
    ("clause-subject-coordinated-fronted", "indirect speech",
     "In a letter to members, the union criticized the schedule but said it would not strike.",
     [I("the schedule", "criticized", "the union", "union"),
      I("it would not strike", "said", "the union", "union")]),
    ("clause-subject-poll-share", "indirect speech",
     "About four in 10 said they would vote for a third party.",
     [I("they would vote for a third party", "said", "About four in 10", "About four in 10")]),
    ("clause-subject-poll-percent", "indirect speech",
     "Nearly half of the members say the rules are unfair.",
     [I("the rules are unfair", "say", "Nearly half of the members", "Nearly half of the members")]),
    ("clause-subject-possessed", "indirect speech",
     "Senator Okafor's office said the letter was genuine.",
     [I("the letter was genuine", "said", "Senator Okafor's office", "Senator Okafor's office")]),
    ("clause-nested-risky-verb", "indirect speech",
     "Whitlock said she believed the county would appeal the ruling.",
     [I("she believed the county would appeal the ruling", "said", "Whitlock", "Whitlock")]),
    ("clause-ends-before-cue-participle", "indirect speech",
     "Whitlock said the ruling was wrong, calling it a gift to developers.",
     [I("the ruling was wrong", "said", "Whitlock", "Whitlock")]),

    # --- stance verbs: the object is what is reported
    ("stance-object-time-phrase", "indirect speech",
     "The union criticized the new schedule on Monday.",
     [I("the new schedule", "criticized", "The union", "union")]),
    ("stance-object-infinitive", "indirect speech",
     "Ruiz vowed to appeal the ruling, calling it unfair.",
     [I("to appeal the ruling", "vowed", "Ruiz", "Ruiz")]),
    ("stance-object-phrasal", "indirect speech",
     "The council called for an independent inquiry.",
     [I("an independent inquiry", "called for", "The council", "council")]),
    ("stance-object-second-verb", "indirect speech",
     "The mayor endorsed Ruiz and has joined her campaign.",
     [I("Ruiz", "endorsed", "The mayor", "mayor")]),
    ("stance-noun-not-verb", "indirect speech",
     "The planned attack on the depot failed, officials said.",
     [I("The planned attack on the depot failed", "said", "officials", "officials")]),
    ("stance-passive-no-speaker", "indirect speech",
     "Ruiz was criticized for the delay.",
     []),

    # --- risky verbs: a document as subject, a relative pronoun, a finite clause without "that"
    ("document-subject-found", "indirect speech",
     "The survey found broad support for the plan among older voters.",
     [I("broad support for the plan among older voters", "found", "The survey", "survey")]),
    ("relative-pronoun-speaker", "indirect speech",
     "The council heard from Dana Ruiz, who has opposed the plan.",
     [I("the plan", "opposed", "who", "Dana Ruiz")]),
    ("risky-clause-subject-phrase", "indirect speech",
     "Most teachers believe the pressure on young students is too high.",
     [I("the pressure on young students is too high", "believe", "Most teachers", "Most teachers")]),
    ("risky-clause-without-that", "indirect speech",
     "The paper reported the talks collapsed late on Friday.",
     [I("the talks collapsed late on Friday", "reported", "The paper", "paper")]),

    # --- according to, inside or after an opener; hopes and wants report their object
    ("according-to-interrupting", "according to",
     "The plant, according to early results of the audit, will close in May.",
     [Q("indirect", ["The plant", "will close in May"], "according to", "early results of the audit",
        "early results of the audit")]),
    ("according-to-after-opener", "according to",
     "In the end, according to the ministry, the plant will close.",
     [I("the plant will close", "according to", "the ministry", "ministry")]),
    ("according-to-long-source", "according to",
     "According to early results of the audit conducted for the council, the plant will close.",
     [I("the plant will close", "According to", "early results of the audit conducted for the council",
        "early results of the audit conducted for the council")]),
    ("stance-object-hopes", "indirect speech",
     "Ruiz hopes to finish the bridge by May.",
     [I("to finish the bridge by May", "hopes", "Ruiz", "Ruiz")]),

    # --- where a reported clause starts and ends
    ("clause-adjunct-only", "indirect speech",
     "“We are ready,” Ruiz said. She added with a smile.",
     [D("“We are ready,”", "said", "Ruiz", "Ruiz")]),
    ("clause-ends-at-second-predicate", "indirect speech",
     "The minister said she would resign and has since left the party.",
     [I("she would resign", "said", "The minister", "minister")]),
    ("clause-that-of-a-noun", "indirect speech",
     "Ruiz asked about the claim that the plant would close.",
     [I("the claim that the plant would close", "asked", "Ruiz", "Ruiz")]),

    # --- participles after before/after/while: the sentence's subject speaks
    ("participle-after-before", "indirect speech",
     "The governor praised the plan, before clarifying that he would not sign it.",
     [I("the plan", "praised", "The governor", "governor"),
      I("that he would not sign it", "clarifying", "The governor", "governor")]),
    ("participle-after-after", "indirect speech",
     "Ruiz won the vote after telling reporters that the plant would stay open.",
     [I("that the plant would stay open", "telling", "Ruiz", "Ruiz")]),

    # --- a fronted clause before a speaker phrase with modifiers the parser leaves out
    ("fronted-adjective-speaker", "indirect speech",
     "The depot will reopen in June, Dutch port officials said on Monday.",
     [I("The depot will reopen in June", "said", "officials", "officials")]),

    ("stance-object-including", "indirect speech",
     "The council blamed several factors, including the late budget.",
     [I("several factors, including the late budget", "blamed", "The council", "council")]),
]


def locate(text, spec, case_id):
    sub, nth = (spec, 0) if isinstance(spec, str) else spec
    start = -1
    for _ in range(nth + 1):
        start = text.find(sub, start + 1)
        if start < 0:
            sys.exit(f"{case_id}: {sub!r} occurrence {nth} not found")
    if nth == 0 and text.find(sub, start + 1) >= 0:
        sys.exit(f"{case_id}: {sub!r} occurs more than once; give an occurrence index")
    return [utf16(text[:start]), utf16(text[:start]) + utf16(sub)]


def utf16(s):
    return len(s.encode("utf-16-le")) // 2


def check(case_id, text, q, spans):
    pieces = [text[s:e] for s, e in spans]  # BMP-only text, so code points == UTF-16 units
    assert utf16(text) == len(text), f"{case_id}: keep gold texts in the BMP"
    if q["kind"] == "direct":
        for p in pieces:
            assert p[0] in OPEN_MARKS and p[-1] in CLOSE_MARKS, f"{case_id}: direct piece {p!r} lacks marks"
    elif q["kind"] == "mixed":
        assert any(c in ALL_MARKS for c in pieces[0]), f"{case_id}: mixed content has no quote marks"
        assert pieces[0][0] not in OPEN_MARKS, f"{case_id}: mixed content starts with a mark"
    else:
        assert not any(c in "“”‘’\"" for c in pieces[0]), f"{case_id}: indirect content has marks"
        assert not pieces[0].endswith((".", ",")), f"{case_id}: indirect content ends in punctuation"
    for field in ("cue", "speaker"):
        if q[field] is not None:
            assert q[field] in text, f"{case_id}: {field} {q[field]!r} not in text"
    if q["speaker"] is not None:
        hits = [i for i in range(len(text)) if text.startswith(q["speaker"], i)]
        assert any(not any(s <= i < e for s, e in spans) for i in hits), \
            f"{case_id}: speaker {q['speaker']!r} only inside the quote"
    assert (q["speaker"] is None) == (q["entity"] is None), f"{case_id}: speaker and entity go together"


def main():
    out_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources",
                            "dev", "verbatim", "rules", "gold-cases.jsonl")
    ids = set()
    lines = []
    for case_id, covers, text, quotes in CASES:
        assert case_id not in ids, f"duplicate id {case_id}"
        ids.add(case_id)
        out_quotes = []
        for q in quotes:
            spans = [locate(text, s, case_id) for s in q["spans"]]
            check(case_id, text, q, spans)
            out_quotes.append({"kind": q["kind"], "spans": spans, "cue": q["cue"],
                               "speaker": q["speaker"], "entity": q["entity"]})
        lines.append(json.dumps({"id": case_id, "covers": covers, "text": text, "quotes": out_quotes},
                                ensure_ascii=False))
    with open(out_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    by_cover = {}
    for case_id, covers, _, _ in CASES:
        by_cover[covers] = by_cover.get(covers, 0) + 1
    print(f"wrote {len(lines)} cases to {os.path.normpath(out_path)}")
    for covers, n in by_cover.items():
        print(f"  {n:2d}  {covers}")


if __name__ == "__main__":
    main()
