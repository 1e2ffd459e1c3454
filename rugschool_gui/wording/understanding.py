"""Wording of "understanding the pain" (WORKBOOK.md §1), for the screen and the paper alike: the
figures' labels, the links of the chain, the chain diary, undo labels and refusals."""

from __future__ import annotations

from . import Words

words = Words({
    "title": ("De pijn begrijpen", "Understanding the pain"),
    # the links of the chain (domain.understanding.LINKS)
    "link.situation": ("Situatie", "Situation"),
    "link.sensation": ("Lichamelijk gevoel", "Bodily sensation"),
    "link.thought": ("Gedachte", "Thought"),
    "link.emotion": ("Emotie", "Emotion"),
    "link.behaviour": ("Gedrag", "Behaviour"),
    # the figures (domain.understanding: bio_psycho_social, vicious_circle, chain_figure, sawtooth)
    "figure.bps_title": ("Pijn heeft drie kanten", "Pain has three sides"),
    "figure.bio": ("Lichamelijk", "Biological"),
    "figure.psycho": ("Psychisch", "Psychological"),
    "figure.social": ("Sociaal", "Social"),
    "figure.pain": ("Pijn", "Pain"),
    "figure.circle_title": ("De vicieuze cirkel", "The vicious circle"),
    "figure.complaints": ("Lichamelijke klachten", "Physical complaints"),
    "figure.feelings": ("Negatieve gevoelens", "Negative feelings"),
    "figure.chain_title": ("De ketting", "The chain"),
    "figure.saw_title": ("Op en neer, of gespreid", "Up and down, or paced"),
    "figure.saw_days": ("Dagen", "Days"),
    "figure.saw_boom_axis": ("Op en neer", "Up and down"),
    "figure.saw_paced_axis": ("Gespreid", "Paced"),
    "figure.saw_upper": ("Bovengrens", "Upper limit"),
    "figure.saw_lower": ("Ondergrens", "Lower limit"),
    "figure.saw_boom": ("Te veel, dan te weinig", "Too much, then too little"),
    "figure.saw_paced": ("Gespreide activiteit", "Paced activity"),
    # the chain diary
    "diary": ("Mijn kettingen", "My chains"),
    "no_entries": ("Nog geen kettingen genoteerd.", "No chains noted yet."),
    "form": ("Een ketting noteren", "Noting a chain"),
    "round": ("Ronde {number}", "Round {number}"),
    "change": ("Wat ik de volgende keer verander: {link}", "What I will change next time: {link}"),
    "note": ("Notitie: {note}", "Note: {note}"),
    # the blank form on paper
    "form_intro": ("Vul per ronde in wat je kunt. Omcirkel daarna de schakel die je de volgende keer "
                   "wilt veranderen.",
                   "Fill in what you can for each round. Then circle the link you want to change next time."),
    "form_date": ("Datum: ____________", "Date: ____________"),
    # undo (Edit menu)
    "undo_add_entry": ("Ketting noteren", "Note a chain"),
    "undo_change_entry": ("Ketting aanpassen", "Change a chain"),
    "undo_delete_entry": ("Ketting verwijderen", "Delete chain"),
    # refusals (domain keys understanding.*)
    "error.missing_date": ("Kies de dag van deze ketting.", "Choose the day of this chain."),
    "error.empty_chain": ("Vul minstens één schakel in, bijvoorbeeld de situatie.",
                          "Fill in at least one link, for example the situation."),
    "error.too_many_rounds": ("Je kunt hoogstens {max} rondes noteren.", "You can note at most {max} rounds."),
    "error.invalid": ("Een ronde heeft vijf schakels, van situatie tot gedrag. Er is niets bewaard.",
                      "A round has five links, from situation to behaviour. Nothing was saved."),
    "error.unknown_link": ("Kies de schakel die je wilt veranderen uit de lijst. Er is niets bewaard.",
                           "Choose the link you want to change from the list. Nothing was saved."),
    # on paper only
    "paper.about": ("Waarom pijn meer is dan iets van je rug, hoe pijn, gedachten, gevoelens en gedrag "
                    "elkaar beïnvloeden, en je eigen kettingen van situatie tot gedrag.",
                    "Why pain is more than something in your back, how pain, thoughts, feelings and "
                    "behaviour affect each other, and your own chains from situation to behaviour."),
    "paper.begin": ("lees de uitleg en noteer één moment van deze week als ketting: situatie, lichamelijk "
                    "gevoel, gedachte, emotie, gedrag.",
                    "read the explanation and note one moment of this week as a chain: situation, bodily "
                    "sensation, thought, emotion, behaviour."),
    "paper.change_line": ("Wat ik de volgende keer verander:", "What I will change next time:"),
    "paper.note_line": ("Notitie:", "Note:"),
})


def link(key: str, lang: str | None = None) -> str:
    """A link of the chain ("Gedachte"); an unknown key as it is."""
    name = f"link.{key}"
    return words(name, lang) if name in words else key


def figure_label(key: str, lang: str | None = None) -> str:
    """A label the figures ask for: their own words, the chain's links, nothing for "no data"."""
    name = f"figure.{key}"
    if name in words:
        return words(name, lang)
    return "" if key == "no_data" else link(key, lang)
