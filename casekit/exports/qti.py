"""An IMS QTI 2.1 content package: a manifest and one assessmentItem per exportable question.

Single and multiple choice become `choiceInteraction` (scored with the
standard `match_correct` template for single, `map_response` for multiple, so
partial credit matches the site), order questions `orderInteraction` with an
ordered response (Canvas maps it to matching). Each option's feedback is a
`feedbackInline` shown with the chosen option. Scenario questions have no QTI
form and are left out (the manifest's description says so). The zip is
deterministic: fixed order and timestamps.
"""
from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree as ET

from casekit.exports.text import plain_text
from casekit.model.quiz import Question, Quiz

QTI = "http://www.imsglobal.org/xsd/imsqti_v2p1"
CP = "http://www.imsglobal.org/xsd/imscp_v1p1"
TEMPLATES = "http://www.imsglobal.org/question/qti_v2p1/rptemplates/"
ET.register_namespace("", QTI)


def _q(tag: str) -> str:
    return f"{{{QTI}}}{tag}"


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, _q(tag), attributes)
    if text is not None:
        element.text = text
    return element


def _declarations(item: ET.Element, question: Question) -> None:
    ordered = question.type == "order"
    response = _sub(item, "responseDeclaration", identifier="RESPONSE", baseType="identifier",
                    cardinality="ordered" if ordered else "single" if question.type == "single" else "multiple")
    correct = _sub(response, "correctResponse")
    if ordered:
        for index in range(len(question.items)):
            _sub(correct, "value", f"ITEM{index}")
    else:
        right = [i for i, option in enumerate(question.options) if option.correct]
        for index in right:
            _sub(correct, "value", f"CHOICE{index}")
        if question.type == "multiple":
            mapping = _sub(response, "mapping", lowerBound="0", upperBound="1", defaultValue="0")
            for index in range(len(question.options)):
                share = 1 / len(right) if index in right else -1 / len(right)
                _sub(mapping, "mapEntry", mapKey=f"CHOICE{index}", mappedValue=f"{share:.5f}")
    _sub(_sub(_sub(item, "outcomeDeclaration", identifier="SCORE", cardinality="single", baseType="float"),
              "defaultValue"), "value", "0")


def _body(item: ET.Element, question: Question) -> None:
    body = _sub(item, "itemBody")
    if question.type == "order":
        interaction = _sub(body, "orderInteraction", responseIdentifier="RESPONSE", shuffle="true")
        _sub(interaction, "prompt", plain_text(question.prompt))
        for index, text in enumerate(question.items):
            _sub(interaction, "simpleChoice", plain_text(text), identifier=f"ITEM{index}")
        return
    interaction = _sub(body, "choiceInteraction", responseIdentifier="RESPONSE", shuffle="true",
                       maxChoices="1" if question.type == "single" else "0")
    _sub(interaction, "prompt", plain_text(question.prompt))
    for index, option in enumerate(question.options):
        choice = _sub(interaction, "simpleChoice", plain_text(option.text), identifier=f"CHOICE{index}")
        _sub(choice, "feedbackInline", plain_text(option.feedback), outcomeIdentifier="FEEDBACK",
             identifier=f"CHOICE{index}", showHide="show")


def item_xml(quiz: Quiz, question: Question) -> bytes:
    """One assessmentItem for a single, multiple or order question."""
    item = ET.Element(_q("assessmentItem"), {"identifier": f"{quiz.slug}-{question.id}", "title": plain_text(question.prompt)[:80],
                                             "adaptive": "false", "timeDependent": "false"})
    _declarations(item, question)
    if question.type != "order":
        _sub(item, "outcomeDeclaration", identifier="FEEDBACK", cardinality="multiple", baseType="identifier")
    _body(item, question)
    template = "map_response" if question.type == "multiple" else "match_correct"
    _sub(item, "responseProcessing", template=TEMPLATES + template)
    if question.explanation:
        feedback = _sub(item, "modalFeedback", outcomeIdentifier="SCORE", identifier="EXPLANATION", showHide="hide")
        feedback.text = plain_text(question.explanation)
    return bytes(ET.tostring(item, encoding="utf-8", xml_declaration=True))


def exportable(quiz: Quiz) -> list[Question]:
    return [q for q in quiz.questions if q.type in ("single", "multiple", "order")]


def manifest_xml(quiz: Quiz) -> bytes:
    """imsmanifest.xml: one imsqti_item_xmlv2p1 resource per item."""
    ET.register_namespace("", CP)
    manifest = ET.Element(f"{{{CP}}}manifest", {"identifier": f"{quiz.slug}-manifest"})
    metadata = ET.SubElement(manifest, f"{{{CP}}}metadata")
    ET.SubElement(metadata, f"{{{CP}}}schema").text = "IMS Content"
    ET.SubElement(metadata, f"{{{CP}}}schemaversion").text = "1.1"
    left_out = len(quiz.questions) - len(exportable(quiz))
    ET.SubElement(manifest, f"{{{CP}}}organizations")
    resources = ET.SubElement(manifest, f"{{{CP}}}resources")
    for question in exportable(quiz):
        href = f"items/{question.id}.xml"
        resource = ET.SubElement(resources, f"{{{CP}}}resource",
                                 {"identifier": f"RES-{question.id}", "type": "imsqti_item_xmlv2p1", "href": href})
        ET.SubElement(resource, f"{{{CP}}}file", {"href": href})
    comment = ET.Comment(f" {plain_text(quiz.title)}: сценарии ({left_out}) в QTI не переносятся ")
    manifest.insert(0, comment)
    data = bytes(ET.tostring(manifest, encoding="utf-8", xml_declaration=True))
    ET.register_namespace("", QTI)
    return data


def qti_package(quiz: Quiz) -> bytes:
    """The zip: the manifest, then the items, with fixed timestamps so the same quiz gives the same bytes."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        files = [("imsmanifest.xml", manifest_xml(quiz))]
        files += [(f"items/{q.id}.xml", item_xml(quiz, q)) for q in exportable(quiz)]
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            package.writestr(info, data)
    return out.getvalue()
