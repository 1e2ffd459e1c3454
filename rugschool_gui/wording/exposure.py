"""Wording of the graded exposure chapter (WORKBOOK.md §4), for the screen and the paper alike.

What both show — the column names, the current step, the chart, the outcomes, the attempt's
questions, the reminders, the examples — is written here once and read by the page
(``words(key)``) and by the PDF (``words(key, lang)``). So are the undo labels ("Ongedaan maken:
„Bukken” toevoegen"), the error messages of this chapter (``error.<key>`` for the domain's
``exposure.<key>``) and the sentences only the paper prints. Sentences only the screen shows
stay with the widgets (Qt Linguist). Placeholders are named and filled in one pass, so a step
called "tillen {label} %1 keer" prints as typed.
"""

from __future__ import annotations

from . import Words

#: §4's rule of thumb, said the same way wherever a re-rating is shown
_REAL_CHANGE = ("meer dan 20 punten verschil, een echte verandering",
                "more than 20 points difference, a real change")

#: the examples of §4, keys of ``domain.exposure.SUGGESTION_KEYS``
SUGGESTIONS = {
    "bend": ("Bukken om iets van de grond te rapen", "Bending to pick something up from the floor"),
    "lift_crate": ("Een bak water optillen", "Lifting a crate of water"),
    "carry_shopping": ("Boodschappen dragen", "Carrying the shopping"),
    "hands_above_head": ("Met de handen boven het hoofd werken", "Working with your hands above your head"),
    "twist": ("Draaien met de romp", "Twisting your upper body"),
    "vacuum": ("Stofzuigen", "Vacuuming"),
    "sit_long": ("Lang stilzitten", "Sitting still for a long time"),
    "bottles_car_boot": ("Flessen in en uit de koffer van de auto tillen",
                         "Lifting bottles into and out of the car boot"),
    "walk_with_weight": ("Rondwandelen met een gewicht in je handen", "Walking around holding a weight"),
    "stairs_carrying": ("De trap op met iets in je handen", "Climbing the stairs carrying something"),
}

#: §4: back-sparing technique, everyday movements, acceptance and defusion, ask for help
REMINDERS = ("reminder_technique", "reminder_everyday", "reminder_thoughts", "reminder_pain",
             "reminder_stuck")

words = Words({
    # ----- undo labels (the Edit menu) -----------------------------------------------------
    "undo_add_item": ("„{label}” toevoegen", "Add “{label}”"),
    "undo_remove_item": ("„{label}” verwijderen", "Remove “{label}”"),
    "undo_move": ("Volgorde aanpassen", "Change the order"),
    "undo_order_by_fear": ("Ordenen op angstcijfer", "Order by fear rating"),
    "undo_rate": ("Angst van „{label}” inschatten", "Rate the fear of “{label}”"),
    "undo_relabel": ("Omschrijving „{label}” aanpassen", "Change the description to “{label}”"),
    "undo_mastered": ("„{label}” als beheerst markeren", "Mark “{label}” as mastered"),
    "undo_unmastered": ("„{label}” weer als oefenstap zetten", "Make “{label}” a practice step again"),
    "undo_save_attempt": ("Poging bij „{label}” bewaren", "Save the attempt at “{label}”"),
    "undo_complete_attempt": ("Poging bij „{label}” aanvullen", "Complete the attempt at “{label}”"),
    "undo_delete_attempt": ("Poging verwijderen", "Delete attempt"),
    # ----- refused input (domain keys ``exposure.<key>``) ------------------------------------
    "error.hierarchy_full": (
        "Je lijst telt al {max} bewegingen, het maximum. Wat je typte, staat nog klaar: haal eerst "
        "een beweging weg die je niet meer nodig hebt, of markeer er een als beheerst en vervang hem.",
        "Your list already has {max} movements, the maximum. What you typed is still there: first "
        "remove a movement you no longer need, or mark one as mastered and replace it."),
    "error.rank_out_of_range": (
        "Die plaats bestaat niet in je lijst. Kies een plaats van {low} tot en met {high}.",
        "That place does not exist in your list. Choose a place from {low} to {high}."),
    "error.missing_date": ("Kies eerst een datum voor deze poging.",
                           "First choose a date for this attempt."),
    "error.duplicate_id": ("Deze stap staat al in je lijst. Er is niets veranderd.",
                           "This step is already on your list. Nothing was changed."),
    "error.order_mismatch": (
        "Je lijst is intussen veranderd, dus die volgorde kan niet terugkomen. Er is niets veranderd.",
        "Your list has changed in the meantime, so that order cannot come back. Nothing was changed."),
    # ----- what the screen and the paper both show -------------------------------------------
    "title": ("Stapsgewijze blootstelling", "Graded exposure"),
    "rank": ("Stap", "Step"),
    "item": ("Beweging of activiteit", "Movement or activity"),
    "fear": ("Angst (0–100)", "Fear (0–100)"),
    "mastered": ("Beheerst", "Mastered"),
    "current_heading": ("Je huidige stap", "Your current step"),
    "current": ("Je huidige stap: {step}", "Your current step: {step}"),
    "all_mastered": ("Alle stappen van je lijst zijn beheerst.", "Every step on your list is mastered."),
    "ratings": ("Je angstcijfers tot nu toe: {ratings}.", "Your fear ratings so far: {ratings}."),
    "real_change": (f"Van {{before}} naar {{after}}: {_REAL_CHANGE[0]}.",
                    f"From {{before}} to {{after}}: {_REAL_CHANGE[1]}."),
    "when": ("Wanneer", "When"),
    "as_expected": ("Zoals verwacht?", "As expected?"),
    "planned": ("gepland", "planned"),
    "yes": ("ja", "yes"),
    "partly": ("gedeeltelijk", "partly"),
    "no": ("nee", "no"),
    "expect_q": ("Wat zal er gebeuren, denk je?", "What do you think will happen?"),
    "exp_fear": ("Hoe bang zul je zijn?", "How afraid will you be?"),
    "exp_pain": ("Hoeveel pijn verwacht je?", "How much pain do you expect?"),
    "act_fear": ("Hoe bang was je?", "How afraid were you?"),
    "act_pain": ("Hoeveel pijn had je?", "How much pain did you have?"),
    "happened_q": ("Gebeurde het zoals je verwachtte?", "Did it happen as you expected?"),
    "learned_q": ("Wat heb je geleerd?", "What did you learn?"),
    "note": ("Notitie:", "Note:"),
    # the attempt chart (keys of ``domain.exposure.attempt_chart``)
    "attempt_chart_title": ("Verwacht en werkelijk, per poging", "Expected and actual, per attempt"),
    "attempt_axis": ("Poging", "Attempt"),
    "no_attempts": ("Nog geen pogingen met cijfers.", "No attempts with ratings yet."),
    "fear_axis": ("Angst (0–100)", "Fear (0–100)"),
    "pain_axis": ("Pijn (0–10)", "Pain (0–10)"),
    "expected_fear": ("Verwachte angst", "Expected fear"),
    "actual_fear": ("Werkelijke angst", "Actual fear"),
    "expected_pain": ("Verwachte pijn", "Expected pain"),
    "actual_pain": ("Werkelijke pijn", "Actual pain"),
    # the reminders (§4), one sentence each
    "reminder_technique": ("Gebruik een rugsparende techniek: buig je knieën als je iets optilt.",
                           "Use a back-friendly technique: bend your knees when you lift something."),
    "reminder_everyday": (
        "Oefen met gewone, dagelijkse bewegingen. Het gaat erom dat je weer durft, niet om je rug "
        "zwaar te belasten.",
        "Practise with ordinary, everyday movements. The point is to dare again, not to put a heavy "
        "load on your back."),
    "reminder_thoughts": (
        "Komen angst, pijn of piekergedachten op? Laat ze er even zijn zonder ertegen te vechten. "
        "Merk op dat een gedachte een gedachte is, geen feit, en breng je aandacht terug naar je adem "
        "en je lichaam.",
        "Do fear, pain or worrying thoughts come up? Let them be there for a moment without fighting "
        "them. Notice that a thought is a thought, not a fact, and bring your attention back to your "
        "breath and your body."),
    # §3–4: fear of movement is not always harmful — with a serious injury of the spine caution
    # is right; the caveat stands beside "hurt is not harm" wherever exposure is encouraged
    "reminder_pain": (
        "Pijn voelen betekent niet dat je je rug beschadigt: bij gewone rugpijn is bewegen goed. "
        "Heb je een ernstig letsel aan je wervelkolom, dan is voorzichtigheid wel terecht: vraag je "
        "arts of kinesitherapeut (fysiotherapeut) eerst wat je mag.",
        "Feeling pain does not mean you are damaging your back: with ordinary back pain, moving is "
        "good. If you have a serious injury of the spine, caution is right: ask your doctor or "
        "physiotherapist first what you may do."),
    "caveat_injury": (
        "Voorzichtig zijn is niet altijd verkeerd: met een ernstig letsel aan je wervelkolom is het "
        "terecht. Twijfel je, vraag dan eerst je arts of kinesitherapeut (fysiotherapeut) wat je mag.",
        "Being careful is not always wrong: with a serious injury of the spine it is right. If you "
        "are unsure, first ask your doctor or physiotherapist what you may do."),
    "reminder_stuck": (
        "Zit je vast of twijfel je? Bespreek het met je psycholoog of kinesitherapeut (fysiotherapeut).",
        "Stuck or unsure? Talk it over with your psychologist or physiotherapist."),
    **{f"suggestion_{key}": pair for key, pair in SUGGESTIONS.items()},
    # ----- only on paper ---------------------------------------------------------------------
    "intro": (
        "Je angsthiërarchie: de bewegingen en activiteiten waar je voorzichtig mee bent of bang voor "
        "bent, van minst (1) naar meest angst. Je oefent ze stap voor stap, te beginnen bij de stap "
        "met de minste angst.",
        "Your fear hierarchy: the movements and activities you are careful with or afraid of, from "
        "least (1) to most fear. You practise them step by step, starting with the step you fear least."),
    "empty": ("Nog geen bewegingen in je lijst.", "No movements on your list yet."),
    "yes_mark": ("✓", "✓"),
    "attempts_of": ("Stap {rank}: {label}", "Step {rank}: {label}"),
    "no_attempts_item": ("Nog geen pogingen bij deze stap.", "No attempts at this step yet."),
    "expected": ("Verwacht", "Expected"),
    "actual": ("Echt", "Actual"),
    "words": ("Verwachting en wat je leerde", "Expectation and what you learned"),
    "fear_short": ("angst", "fear"),
    "pain_short": ("pijn", "pain"),
    "expectation": ("Verwachting:", "Expectation:"),
    "learned": ("Geleerd:", "Learned:"),
    "blank_intro": (
        "Schrijf de bewegingen of activiteiten op waar je voorzichtig mee bent of bang voor bent, "
        "hoogstens tien. Zet ze in volgorde: 1 = minst angst, 10 = meest angst. Geef elke beweging "
        "een angstcijfer van 0 (helemaal niet bang) tot 100 (zo bang als je je maar kunt voorstellen).",
        "Write down the movements or activities you are careful with or afraid of, at most ten. Put "
        "them in order: 1 = least fear, 10 = most fear. Give each one a fear rating from 0 (not "
        "afraid at all) to 100 (as afraid as you can imagine)."),
    "least": ("1 = minst angst", "1 = least fear"),
    "most": ("10 = meest angst", "10 = most fear"),
    "examples": ("Voorbeelden: {examples}.", "Examples: {examples}."),
    "attempt_form": ("Een poging (gedragsexperiment)", "An attempt (behavioural experiment)"),
    "date": ("Datum en uur:", "Date and time:"),
    "step": ("Stap (beweging):", "Step (movement):"),
    "before": ("Vooraf", "Beforehand"),
    "after": ("Achteraf", "Afterwards"),
    "paper.about": ("Je angsthiërarchie: de bewegingen waar je bang voor bent, van minst naar meest angst, "
                    "en je pogingen om ze stap voor stap weer te doen.",
                    "Your fear hierarchy: the movements you are afraid of, from least to most fear, and "
                    "your attempts to do them again step by step."),
    "paper.begin": ("schrijf drie bewegingen op waar je voorzichtig mee bent, en geef elk een angstcijfer.",
                    "write down three movements you are careful with, and give each a fear rating."),
    "paper.untried": ("Nog geen pogingen bij: {steps}.", "No attempts yet at: {steps}."),
    "paper.hierarchy_sheet": ("Mijn angsthiërarchie", "My fear hierarchy"),
    "paper.attempt_intro": ("Vul „Vooraf” in voor je oefent en „Achteraf” meteen erna.",
                            "Fill in “Beforehand” before you practise and “Afterwards” right after."),
})
