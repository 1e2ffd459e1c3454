"""Wording of "doing too little" (WORKBOOK.md §3), for the screen and the paper alike: causes and
consequences, value weighing, questionnaire scores, undo labels and refusals."""

from __future__ import annotations

from . import Words

words = Words({
    "title": ("Te weinig doen", "Doing too little"),
    # why I avoid (domain.too_little.CAUSES, CONSEQUENCES)
    "causes": ("Waarom doe ik te weinig?", "Why do I do too little?"),
    "cause.fear_of_movement": ("Ik ben bang om te bewegen: bang voor meer pijn of voor letsel.",
                               "I'm afraid to move: afraid of more pain or of injury."),
    "cause.negative_thoughts": ("Ik heb sombere gedachten, zoals „mijn rugpijn wordt alleen maar erger” of "
                                "„die oefeningen helpen toch niet”.",
                                "I have gloomy thoughts, such as \"my back pain will only get worse\" or "
                                "\"those exercises won't help anyway\"."),
    "cause.unsure_capacity": ("Ik weet niet goed wat mijn rug aankan.", "I don't really know what my back can take."),
    "cause.pain_memory": ("Ik herinner me de pijn van de vorige keer dat ik het deed.",
                          "I remember the pain from the last time I did it."),
    "consequences": ("Wat levert het op?", "What does it lead to?"),
    "consequence.avoiding": ("Je gaat activiteiten uit de weg.", "You avoid activities."),
    "consequence.careful_slow": ("Je beweegt heel voorzichtig of traag.", "You move very carefully or slowly."),
    "consequence.stiff": ("Je neemt een stijve houding aan.", "You take on a stiff posture."),
    "consequence.fitness": ("Je conditie gaat achteruit.", "Your fitness declines."),
    "consequence.pain_mood": ("Je krijgt meer rugpijn en voelt je somberder.",
                              "You get more back pain and feel gloomier."),
    "ticked_on": ("aangevinkt op {day}", "ticked on {day}"),
    "no_causes": ("Nog niets aangevinkt.", "Nothing ticked yet."),
    # value weighing
    "values": ("Wat is het je waard?", "What is it worth to you?"),
    "col.activity": ("Activiteit", "Activity"),
    "col.value": ("Waarde (0–10)", "Value (0–10)"),
    "col.matters": ("Wat is belangrijk", "What matters"),
    "col.adapted": ("Zo doe ik toch mee", "How I still take part"),
    "no_values": ("Nog niets gewogen.", "Nothing weighed yet."),
    # questionnaire scores (domain.too_little.MOMENTS)
    "scores": ("Vragenlijsten", "Questionnaires"),
    "moment.start": ("begin", "start"),
    "moment.middle": ("midden", "middle"),
    "moment.end": ("einde", "end"),
    "moment.other": ("ander moment", "other moment"),
    "col.date": ("Datum", "Date"),
    "col.name": ("Vragenlijst", "Questionnaire"),
    "col.moment": ("Moment", "Moment"),
    "col.total": ("Totaal", "Total"),
    "no_scores": ("Nog geen scores.", "No scores yet."),
    "chart.score_chart_title": ("Je scores door de tijd", "Your scores over time"),
    "chart.date_axis": ("Datum", "Date"),
    "chart.no_scores": ("Nog geen scores. Na de eerste score verschijnt hier je grafiek.",
                        "No scores yet. After the first score your chart appears here."),
    "reflection": ("Bij het {moment}:", "At the {moment}:"),
    # one label per moment (``reflection_label``): "Bij het ander moment" is not Dutch
    "reflection.start": ("Bij het begin:", "At the start:"),
    "reflection.middle": ("In het midden:", "In the middle:"),
    "reflection.end": ("Op het einde:", "At the end:"),
    "reflection.other": ("Op een ander moment:", "At another moment:"),
    # the known questionnaires (domain.too_little.KNOWN_SCALES) by their name in each language
    "scale.tsk": ("Tampa-schaal voor kinesiofobie (TSK-17)", "Tampa Scale for Kinesiophobia (TSK-17)"),
    "scale.pcs": ("Pijncatastroferingsschaal (PCS)", "Pain Catastrophizing Scale (PCS)"),
    "scale.hads": ("Angst- en depressieschaal (HADS), totaal",
                   "Hospital Anxiety and Depression Scale (HADS), total"),
    # blank worksheets on paper
    "b_causes_intro": ("Vink aan wat bij jou past en schrijf eigen redenen op de lege lijnen.",
                       "Tick what fits you and write your own reasons on the empty lines."),
    "b_values_intro": ("Schrijf activiteiten op die je mist, hoe waardevol ze zijn, en hoe je toch kunt meedoen.",
                       "Write down activities you miss, how valuable they are, and how you can still take part."),
    "b_scores_intro": ("Noteer de totaalscore van elke vragenlijst die je invulde.",
                       "Write down the total score of each questionnaire you filled in."),
    # undo (Edit menu)
    "undo_add_value": ("„{name}” toevoegen", "Add “{name}”"),
    "undo_change_value": ("„{name}” aanpassen", "Change “{name}”"),
    "undo_delete_value": ("„{name}” verwijderen", "Delete “{name}”"),
    "undo_to_hierarchy": ("„{label}” in je angsthiërarchie zetten", "Put “{label}” in your fear hierarchy"),
    "undo_to_planner": ("„{label}” in je weekplanning zetten", "Put “{label}” in your week plan"),
    "undo_add_score": ("Score {name} bewaren", "Save {name} score"),
    "undo_change_score": ("Score {name} aanpassen", "Change {name} score"),
    "undo_delete_score": ("Score {name} verwijderen", "Delete {name} score"),
    # refusals (domain keys too_little.*)
    "error.missing_date": ("Kies de dag waarop je de vragenlijst invulde.",
                           "Choose the day you filled in the questionnaire."),
    "error.score_out_of_range": ("Die score kan niet: de totaalscore van de {name} ligt tussen {low} en {high}. "
                                 "Kijk de optelling nog eens na; er is niets bewaard.",
                                 "That score is not possible: the total of the {name} lies between {low} and "
                                 "{high}. Please check the sum again; nothing was saved."),
    "error.total_out_of_range": ("Die score kan niet: de totaalscore ligt tussen {low} en {high}. Kijk de "
                                 "optelling nog eens na; er is niets bewaard.",
                                 "That score is not possible: the total lies between {low} and {high}. Please "
                                 "check the sum again; nothing was saved."),
    "error.unknown_moment": ("Kies een moment: begin, midden, einde of een ander moment.",
                             "Choose a moment: start, middle, end or another moment."),
    "error.unknown_scale": ("Kies een vragenlijst uit de lijst.", "Choose a questionnaire from the list."),
    # on paper only
    "paper.about": ("Waarom je soms te weinig doet, wat je activiteiten je waard zijn en hoe je toch kunt "
                    "meedoen, en je scores op de vragenlijsten door de tijd.",
                    "Why you sometimes do too little, what your activities are worth to you and how you "
                    "can still take part, and your questionnaire scores over time."),
    "paper.begin": ("vink aan waarom je dingen uit de weg gaat, en schrijf één activiteit op die je mist.",
                    "tick why you avoid things, and write down one activity you miss."),
    "b_own_causes": ("Mijn eigen redenen:", "My own reasons:"),
})


def total(value: float) -> str:
    """A questionnaire total as people write it: 41, or 41.5 when it has a half."""
    return f"{value:g}"


def chart_label(key: str, lang: str | None = None) -> str:
    """A label the score chart asks for (a questionnaire's own name stays as it is)."""
    name = f"chart.{key}"
    return words(name, lang) if name in words else key


def reflection_label(moment: str, lang: str | None = None) -> str:
    """The label above the reflection of one moment: "Bij het begin:", "Op een ander moment:"."""
    key = f"reflection.{moment}"
    return words(key, lang) if key in words else words("reflection", lang, moment=moment)


def scale_title(scale: str, name: str, lang: str | None = None) -> str:
    """A questionnaire's name in the reader's language: a known scale by its Dutch or English
    name and abbreviation, any other by the name the person gave it."""
    key = f"scale.{scale}"
    return words(key, lang) if key in words else name


def named_scale_title(name: str, lang: str | None = None) -> str:
    """A questionnaire named as the domain names it (a known scale by its English title, any
    other by the person's own name), in the reader's language. The English titles here are the
    domain's (``domain.too_little.KNOWN_SCALES``; a test keeps them equal)."""
    known = next((key for key, (_nl, en) in words.catalogue.items() if key.startswith("scale.") and en == name), None)
    return words(known, lang) if known is not None else name


def scale_abbreviation(scale: str, name: str, lang: str | None = None) -> str:
    """The short name a summary line uses: "TSK-17", "HADS", or the person's own name."""
    title = scale_title(scale, name, lang)
    if "(" in title and ")" in title:
        return title[title.index("(") + 1:title.index(")")]
    return title
