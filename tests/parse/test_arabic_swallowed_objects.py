"""Arabic reports whose source swallowed its object, was cut inside a body's name, or whose outlet was taken for
its correspondent. Texts are written for these tests; none is copied from a corpus."""

from __future__ import annotations

import pytest

from attribution.parse import parse


def _pairs(text: str) -> list[tuple[str, str, str]]:
    return [(a.source.text if a.source else "", a.cue.text if a.cue else "", a.content.text)
            for a in parse(text, "ar").attributions]


def _canonicals(text: str) -> list[str]:
    return [a.source_canonical for a in parse(text, "ar").attributions]


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ووصف الرئيس ماكرون الاتفاق بأنه خطوة مهمة نحو السلام.", "الرئيس ماكرون",
     "الاتفاق بأنه خطوة مهمة نحو السلام"),
    ("ووصف رئيس الوزراء نتنياهو القرار بأنه خطأ فادح.", "رئيس الوزراء نتنياهو", "القرار بأنه خطأ فادح"),
    ("ووصف الرئيس الفرنسي إيمانويل ماكرون الاجتماع بأنه صريح ومثمر.", "الرئيس الفرنسي إيمانويل ماكرون",
     "الاجتماع بأنه صريح ومثمر"),
    ("ووصف الوزير أنتوني بلينكن المحادثات بأنها بناءة.", "الوزير أنتوني بلينكن", "المحادثات بأنها بناءة"),
    ("واتهم الرئيس أردوغان الغرب بدعم الجماعات المسلحة.", "الرئيس أردوغان", "الغرب بدعم الجماعات المسلحة"),
    ("ووصفت الوزيرة سلمى حداد الميزانية بأنها متوازنة.", "الوزيرة سلمى حداد", "الميزانية بأنها متوازنة"),
    ("ووصف عبد الرحمن التقرير بأنه منحاز.", "عبد الرحمن", "التقرير بأنه منحاز"),
])
def test_a_definite_noun_after_a_surname_is_the_object_of_a_describing_verb(text: str, source: str,
                                                                            content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize(("text", "source"), [
    ("ووصف الوزير خالد الفيصل بأنه رجل دولة من الطراز الأول.", "الوزير خالد الفيصل"),
    ("ووصف الوزير الشاب مشروع القانون بأنه خطوة متسرعة.", "الوزير الشاب"),
])
def test_a_surname_after_a_first_name_or_a_construct_object_stays_as_it_was(text: str, source: str) -> None:
    assert _pairs(text)[0][0] == source


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ودعا رئيس لجنة تقصي الحقائق الحكومة إلى نشر التقرير كاملا.", "رئيس لجنة تقصي الحقائق",
     "الحكومة إلى نشر التقرير كاملا"),
    ("وطالب رئيس اتحاد نقابات العمال الحكومة بزيادة الأجور.", "رئيس اتحاد نقابات العمال",
     "الحكومة بزيادة الأجور"),
    ("وحث مدير مكتب مكافحة المخدرات الأسر على مراقبة أبنائها.", "مدير مكتب مكافحة المخدرات",
     "الأسر على مراقبة أبنائها"),
    ("ودعت رئيسة جمعية حماية المستهلك الوزارة إلى مراقبة الأسعار.", "رئيسة جمعية حماية المستهلك",
     "الوزارة إلى مراقبة الأسعار"),
    ("وناشد رئيس بلدية مدينة الخليل السلطات إلى التدخل العاجل.", "رئيس بلدية مدينة الخليل",
     "السلطات إلى التدخل العاجل"),
])
def test_a_definite_noun_after_a_closed_construct_chain_is_the_object(text: str, source: str,
                                                                      content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize(("text", "source"), [
    ("ودعا رئيس هيئة الأركان المشتركة إلى ضبط النفس.", "رئيس هيئة الأركان المشتركة"),
    ("ودعا رئيس لجنة الانتخابات العامة إلى المشاركة الواسعة.", "رئيس لجنة الانتخابات العامة"),
])
def test_an_adjective_after_a_closed_construct_chain_stays_in_the_source(text: str, source: str) -> None:
    assert _pairs(text)[0][0] == source


@pytest.mark.parametrize(("text", "source"), [
    ("وحذر عبد الحميد الدبيبة من عواقب التصعيد في العاصمة.", "عبد الحميد الدبيبة"),
    ("وحذر رئيس الحكومة عبد الحميد الدبيبة من أن التصعيد سيؤدي إلى الفوضى.", "رئيس الحكومة عبد الحميد الدبيبة"),
    ("ودعا عبد الكريم الخطيب إلى الهدوء وضبط النفس.", "عبد الكريم الخطيب"),
    ("وطالب عبد الله الشامي بإطلاق سراح المعتقلين.", "عبد الله الشامي"),
    ("وحذر أبو الفتوح العريان من التلاعب بالنتائج.", "أبو الفتوح العريان"),
])
def test_a_definite_word_after_a_compound_name_is_its_surname(text: str, source: str) -> None:
    assert _pairs(text)[0][0] == source


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ودعا رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة الليبيين إلى المشاركة.",
     "رئيس حكومة الوحدة الوطنية عبد الحميد الدبيبة", "الليبيين إلى المشاركة"),
    ("وحث رئيس المجلس عبد الله الحمادة النواب على الحضور.", "رئيس المجلس عبد الله الحمادة",
     "النواب على الحضور"),
    ("ودعا الوزير عبد السلام الصالحة المواطنين إلى الحذر.", "الوزير عبد السلام الصالحة",
     "المواطنين إلى الحذر"),
    ("وطالب عبد الحميد الدبيبة البرلمان بإقرار الميزانية.", "عبد الحميد الدبيبة", "البرلمان بإقرار الميزانية"),
])
def test_the_surname_after_a_compound_first_name_is_not_the_object(text: str, source: str, content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("واتهم وزير الدفاع يوآف غالانت حماس بخرق الهدنة.", "وزير الدفاع يوآف غالانت", "حماس بخرق الهدنة"),
    ("واتهم رئيس الوزراء بنيامين نتنياهو حماس بخرق الهدنة.", "رئيس الوزراء بنيامين نتنياهو",
     "حماس بخرق الهدنة"),
    ("ووصف الرئيس الأمريكي جو بايدن بوتين بأنه مجرم حرب.", "الرئيس الأمريكي جو بايدن",
     "بوتين بأنه مجرم حرب"),
    ("واتهم المتحدث باسم الجيش أفيخاي أدرعي حزب الله بإطلاق الصواريخ.", "المتحدث باسم الجيش أفيخاي أدرعي",
     "حزب الله بإطلاق الصواريخ"),
    ("واتهم الأمين العام للأمم المتحدة أنطونيو غوتيريش إسرائيل بانتهاك القانون.",
     "الأمين العام للأمم المتحدة أنطونيو غوتيريش", "إسرائيل بانتهاك القانون"),
    ("واتهم وزير الخارجية الإيراني عباس عراقجي واشنطن بالتصعيد.", "وزير الخارجية الإيراني عباس عراقجي",
     "واشنطن بالتصعيد"),
])
def test_a_known_name_after_a_holder_named_in_full_is_the_object(text: str, source: str, content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize(("text", "source", "content"), [
    ("ونفت المتحدثة باسم المفوضية الأوروبية للشؤون الخارجية وجود أي خلاف مع واشنطن.",
     "المتحدثة باسم المفوضية الأوروبية للشؤون الخارجية", "وجود أي خلاف مع واشنطن"),
    ("ونفى المتحدث باسم الوكالة الوطنية للشؤون الدينية صحة الأنباء.",
     "المتحدث باسم الوكالة الوطنية للشؤون الدينية", "صحة الأنباء"),
    ("وأعلن المتحدث باسم الهيئة العامة للشؤون الإسلامية موعد العيد.",
     "المتحدث باسم الهيئة العامة للشؤون الإسلامية", "موعد العيد"),
    ("وأكد المتحدث باسم المفوضية السامية لشؤون اللاجئين ارتفاع عدد النازحين.",
     "المتحدث باسم المفوضية السامية لشؤون اللاجئين", "ارتفاع عدد النازحين"),
    ("وأعلنت الناطقة باسم الهيئة الوطنية للشؤون الاجتماعية إطلاق برنامج جديد.",
     "الناطقة باسم الهيئة الوطنية للشؤون الاجتماعية", "إطلاق برنامج جديد"),
])
def test_a_long_bodys_name_keeps_the_adjective_of_its_last_genitive(text: str, source: str,
                                                                     content: str) -> None:
    [(got_source, _, got_content)] = _pairs(text)
    assert (got_source, got_content) == (source, content)


@pytest.mark.parametrize(("text", "outlet"), [
    ("ذكرت وكالة رويترز أن المحادثات توقفت. وقال مراسل الوكالة في بغداد إن الانفجار وقع قرب السفارة. "
     "وأضافت الوكالة أن خمسة أشخاص أصيبوا.", "Reuters"),
    ("وقال مراسل وكالة الأنباء الفرنسية إن الانفجار وقع قرب السفارة. وأضافت الوكالة أن خمسة أشخاص أصيبوا.",
     "AFP"),
    ("وقال مراسل القناة في غزة إن القصف استمر الليلة. وأضافت القناة أن عشرة أشخاص قتلوا.", "القناة"),
    ("وقالت مراسلة الصحيفة في الخرطوم إن الأسواق أغلقت. وذكرت الصحيفة أن الوقود نفد.", "الصحيفة"),
    ("أفادت شبكة سي إن إن بأن المفاوضات تعثرت. وقال مراسل الشبكة في الدوحة إن الوفود غادرت. "
     "وأضافت الشبكة أن جولة جديدة قد تعقد.", "CNN"),
])
def test_the_outlet_after_its_correspondent_is_not_the_correspondent(text: str, outlet: str) -> None:
    assert _canonicals(text)[-1] == outlet


def test_the_correspondents_surname_and_title_still_refer_to_him() -> None:
    text = ("وقال مراسل الجزيرة أحمد فاضل إن القصف استمر. وأضاف فاضل أن عشرة أشخاص قتلوا. "
            "وتابع المراسل أن الطرق مغلقة.")
    assert _canonicals(text) == ["مراسل الجزيرة أحمد فاضل"] * 3
