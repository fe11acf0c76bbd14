"""The client's own data (right of access) as one readable PDF.

Built from :func:`tyokykytiimi.store.access_export.collect`. One section per
kind of record, in the order a person reads them (basic data, path, screenings,
consents, meetings, the plan, measures, feedback), every stored row with its
fields under human labels and its codes in words; rows that belong to another
row follow it (a meeting's invitees, a plan version's goals and tasks, the
safety flag of an answer set). Then the change history (every write to their
data: when, by whom, what) and the audit trail (who viewed or changed their
data, and when). Technical identifiers are left out here and kept in the JSON
file written beside it.

The language is the UI's (``tyokykytiimi.language.current()``) unless one is
given; Finnish by default. Dates and times go through ``tyokykytiimi.formats``.
"""
from __future__ import annotations

from datetime import date, datetime
from reportlab.platypus import TableStyle

from .. import formats, language
from ..models import feedback_form as ff
from ..models.code_texts import OTHER, OUTCOMES, PATH_STEPS, REFERRERS
from ..models.consents import purpose_label
from .document import Markup, build_pdf, markup, para, styles, table
from .labels import COMMON, LANGS, Labels, normalize_lang


def _t(fi: str, sv: str, en: str) -> dict:
    return {"fi": fi, "sv": sv, "en": en}


# --- texts -------------------------------------------------------------------------

TEXTS = {
    "title": _t("Asiakkaan tiedot", "Klientens uppgifter", "The client's data"),
    "subtitle": _t("Kaikki asiakkaasta tallennettu tieto (tarkastusoikeus)",
                   "Alla uppgifter som sparats om klienten (rätt till insyn)",
                   "Everything stored about the client (right of access)"),
    "intro": _t(
        "Tässä asiakirjassa ovat kaikki tiedot, jotka työkykytiimin asiakastietokantaan on "
        "tallennettu asiakkaasta, sekä lokitiedot siitä, kuka tietoja on katsonut tai "
        "muuttanut ja milloin. Tekniset tunnisteet ja kaikki tiedot koneluettavassa "
        "muodossa ovat samaan aikaan tehdyssä JSON-tiedostossa.",
        "Detta dokument innehåller alla uppgifter som har sparats om klienten i "
        "arbetsförmågeteamets klientdatabas, samt loggen över vem som har visat eller ändrat "
        "uppgifterna och när. Tekniska identifierare och alla uppgifter i maskinläsbar form "
        "finns i JSON-filen som gjordes samtidigt.",
        "This document holds all the data stored about the client in the work-ability "
        "team's client database, and the log of who viewed or changed the data and when. "
        "Technical identifiers and all the data in machine-readable form are in the JSON "
        "file made at the same time."),
    "client": _t("Asiakas", "Klient", "Client"),
    "identifier": _t("Henkilötunnus tai tunniste", "Personbeteckning eller identifierare",
                     "Personal identity code or identifier"),
    "exported": _t("Koottu", "Sammanställd", "Compiled"),
    "exported_by": _t("Koonnut", "Sammanställd av", "Compiled by"),
    "contents": _t("Sisältö", "Innehåll", "Contents"),
    "count": _t("Kirjauksia", "Poster", "Records"),
    "none": _t("Ei tallennettuja tietoja.", "Inga sparade uppgifter.", "Nothing stored."),
    "yes": _t("Kyllä", "Ja", "Yes"),
    "no": _t("Ei", "Nej", "No"),
    "unanswered": _t("ei vastausta", "inget svar", "no answer"),
    "history": _t("Muutoshistoria", "Ändringshistorik", "Change history"),
    "history_intro": _t(
        "Jokainen tallennus asiakkaan tietoihin: milloin, kuka ja mitä. Tallennettujen "
        "tietojen aiemmat versiot ovat JSON-tiedostossa.",
        "Varje sparande av klientens uppgifter: när, vem och vad. Tidigare versioner av "
        "uppgifterna finns i JSON-filen.",
        "Every write to the client's data: when, by whom and what. Earlier versions of the "
        "data are in the JSON file."),
    "audit": _t("Lokitiedot: kuka on käsitellyt tietoja", "Logg: vem har behandlat uppgifterna",
                "Audit trail: who handled the data"),
    "audit_intro": _t(
        "Jokainen kerta, kun joku on katsonut, tallentanut, muuttanut, tulostanut tai vienyt "
        "asiakkaan tietoja, tämä kokoelma mukaan lukien.",
        "Varje gång någon har visat, sparat, ändrat, skrivit ut eller exporterat klientens "
        "uppgifter, denna sammanställning medräknad.",
        "Every time someone viewed, saved, changed, printed or exported the client's data, "
        "this compilation included."),
    "when": _t("Aika", "Tid", "Time"),
    "who": _t("Kuka", "Vem", "Who"),
    "what": _t("Mitä", "Vad", "What"),
    "action": _t("Toiminto", "Åtgärd", "Action"),
    "record": _t("Tieto", "Uppgift", "Record"),
    "record_created": _t("Kirjattu", "Antecknad", "Recorded"),
    "record_updated": _t("Viimeksi muutettu", "Senast ändrad", "Last changed"),
    "record_deleted": _t("Poistettu näkyvistä", "Borttagen från vyn", "Removed from view"),
    "by": _t("{when}, {who}", "{when}, {who}", "{when}, {who}"),
}

# One heading per kind of record (section) and the name of one row of it.
SECTIONS = {
    "clients": (_t("Perustiedot", "Grunduppgifter", "Basic data"),
                _t("Perustiedot", "Grunduppgifter", "Basic data")),
    "path_events": (_t("Palvelupolku", "Servicestigen", "Service path"),
                    _t("Polun tapahtuma", "Händelse på stigen", "Path event")),
    "screenings": (_t("Seulonnat", "Screeningar", "Screenings"),
                   _t("Seulonta", "Screening", "Screening")),
    "consents": (_t("Suostumukset", "Samtycken", "Consents"),
                 _t("Suostumus", "Samtycke", "Consent")),
    "consent_overrides": (
        _t("Toiminta ilman suostumusta (lakiperuste)", "Åtgärder utan samtycke (laglig grund)",
           "Action without consent (legal basis)"),
        _t("Peruste", "Grund", "Basis")),
    "meetings": (_t("Verkostotapaamiset", "Nätverksmöten", "Network meetings"),
                 _t("Tapaaminen", "Möte", "Meeting")),
    "invitees": (_t("Kutsutut", "Inbjudna", "Invitees"),
                 _t("Kutsuttu", "Inbjuden", "Invitee")),
    "plans": (_t("Asiakassuunnitelma", "Klientplan", "Client plan"),
              _t("Suunnitelma", "Plan", "Plan")),
    "plan_versions": (_t("Suunnitelman versiot", "Planens versioner", "Plan versions"),
                      _t("Versio", "Version", "Version")),
    "plan_goals": (_t("Tavoitteet", "Mål", "Goals"), _t("Tavoite", "Mål", "Goal")),
    "plan_intermediate_goals": (_t("Välitavoitteet", "Delmål", "Intermediate goals"),
                                _t("Välitavoite", "Delmål", "Intermediate goal")),
    "plan_tasks": (_t("Tehtävät", "Uppgifter", "Tasks"), _t("Tehtävä", "Uppgift", "Task")),
    "answer_sets": (_t("Mittarit ja kyselyt", "Mätare och enkäter", "Measures and questionnaires"),
                    _t("Vastaukset", "Svar", "Answers")),
    "safety_flags": (_t("Turvallisuushuomiot", "Säkerhetsobservationer", "Safety flags"),
                     _t("Turvallisuushuomio", "Säkerhetsobservation", "Safety flag")),
    "feedback": (_t("Palautteet", "Respons", "Feedback"), _t("Palaute", "Respons", "Feedback")),
    "journal_entries": (_t("Kirjaukset", "Anteckningar", "Journal"),
                        _t("Kirjaus", "Anteckning", "Journal entry")),
}

# Labels of the stored fields; "table.field" overrides "field".
FIELDS = {
    "entry_on": _t("Päivä", "Datum", "Date"),
    "statement_kind": _t("Lausunto", "Utlåtande", "Statement"),
    "statement_state": _t("Lausunnon tila", "Utlåtandets läge", "Statement state"),
    "delivered_to": _t("Toimitettu kenelle", "Levererat till", "Delivered to"),
    "declined_reason": _t("Ei halunnut vastata: syy", "Ville inte svara: orsak",
                          "Declined to answer: reason"),
    "ack_note": _t("Mitä tehtiin (kuittaus)", "Vad gjordes (kvittering)",
                   "What was done (acknowledgement)"),
    "first_name": _t("Etunimi", "Förnamn", "First name"),
    "last_name": _t("Sukunimi", "Efternamn", "Last name"),
    "hetu": _t("Henkilötunnus", "Personbeteckning", "Personal identity code"),
    "temporary_id": _t("Väliaikainen tunniste", "Tillfällig identifierare", "Temporary identifier"),
    "birth_date": _t("Syntymäaika", "Födelsedatum", "Date of birth"),
    "sex": _t("Sukupuoli", "Kön", "Sex"),
    "phone": _t("Puhelin", "Telefon", "Phone"),
    "email": _t("Sähköposti", "E-post", "E-mail"),
    "address": _t("Osoite", "Adress", "Address"),
    "municipality": _t("Kotikunta", "Hemkommun", "Municipality"),
    "language": _t("Asiointikieli", "Ärendespråk", "Language of service"),
    "interpreter_needed": _t("Tarvitsee tulkin", "Behöver tolk", "Needs an interpreter"),
    "referrer": _t("Ohjaava taho", "Hänvisande part", "Referred by"),
    "referrer_detail": _t("Ohjaajan tiedot", "Uppgifter om hänvisaren", "Referrer's details"),
    "referral_date": _t("Ohjauspäivä", "Hänvisningsdatum", "Referral date"),
    "family_notes": _t("Läheisverkosto", "Närstående", "Family and close network"),
    "peer_support": _t("Vertaistukihenkilö", "Stödperson", "Peer-support person"),
    "case_manager_user_id": _t("Asiakasvastaava (tiimi)", "Klientansvarig (teamet)",
                               "Case manager (team)"),
    "case_manager_contact_id": _t("Asiakasvastaava (palvelukartta)",
                                  "Klientansvarig (servicekartan)",
                                  "Case manager (service map)"),
    "case_manager_text": _t("Asiakasvastaava", "Klientansvarig", "Case manager"),
    "path_step": _t("Palvelupolun vaihe", "Skede på servicestigen", "Step on the service path"),
    "status": _t("Tila", "Status", "Status"),
    "started_on": _t("Asiakkuus alkoi", "Klientrelationen började", "Client relationship began"),
    "closed_on": _t("Asiakkuus päättyi", "Klientrelationen slutade", "Client relationship ended"),
    "outcome": _t("Päättymisen syy", "Orsak till avslut", "Outcome"),
    "closing_assessment": _t("Loppuarvio", "Slutbedömning", "Closing assessment"),
    "multisectoral": _t("Monialaisen yhteispalvelun asiakas",
                        "Klient i sektorsövergripande samservice",
                        "Multisectoral joint service client"),
    "on": _t("Päivä", "Datum", "Date"),
    "kind": _t("Laji", "Typ", "Kind"),
    "from_step": _t("Vaiheesta", "Från skede", "From step"),
    "to_step": _t("Vaiheeseen", "Till skede", "To step"),
    "note": _t("Huomio", "Anteckning", "Note"),
    "notes": _t("Huomiot", "Anteckningar", "Notes"),
    "definition_id": _t("Lomake", "Formulär", "Form"),
    "screened_on": _t("Seulontapäivä", "Screeningdatum", "Date of screening"),
    "answers": _t("Vastaukset", "Svar", "Answers"),
    "subsidy_days": _t("Työmarkkinatukipäivät", "Dagar med arbetsmarknadsstöd",
                       "Days of labour market subsidy"),
    "months_unemployed": _t("Työttömyyskuukaudet", "Månader som arbetslös",
                            "Months unemployed"),
    "suggestion": _t("Ohjelman ehdotus", "Programmets förslag", "The program's suggestion"),
    "decision": _t("Päätös", "Beslut", "Decision"),
    "guided_to": _t("Ohjattu palveluun", "Hänvisad till", "Guided to"),
    "decision_reason": _t("Päätöksen perustelu", "Motivering", "Reason for the decision"),
    "decided_by": _t("Päättäjä", "Beslutsfattare", "Decided by"),
    "decided_at": _t("Päätetty", "Beslutat", "Decided"),
    "purposes": _t("Tarkoitukset", "Ändamål", "Purposes"),
    "org_ids": _t("Organisaatiot", "Organisationer", "Organisations"),
    "party_names": _t("Muut osapuolet", "Andra parter", "Other parties"),
    "given_on": _t("Annettu", "Givet", "Given"),
    "method": _t("Tapa", "Sätt", "How"),
    "valid_until": _t("Voimassa asti", "Giltigt till", "Valid until"),
    "signed": _t("Allekirjoitettu", "Undertecknat", "Signed"),
    "signed_on": _t("Allekirjoituspäivä", "Undertecknat den", "Signed on"),
    "withdrawn_on": _t("Peruttu", "Återkallat", "Withdrawn"),
    "withdrawn_how": _t("Peruutuksen tapa", "Hur det återkallades", "How it was withdrawn"),
    "withdrawn_by": _t("Peruutuksen kirjasi", "Återkallelsen antecknad av",
                       "Withdrawal recorded by"),
    "party": _t("Osapuoli", "Part", "Party"),
    "purpose": _t("Tarkoitus", "Ändamål", "Purpose"),
    "legal_basis": _t("Lakiperuste", "Laglig grund", "Legal basis"),
    "reason": _t("Perustelu", "Motivering", "Reason"),
    "state": _t("Tila", "Status", "State"),
    "starts_at": _t("Alkaa", "Börjar", "Starts"),
    "duration_minutes": _t("Kesto (min)", "Längd (min)", "Length (min)"),
    "place": _t("Paikka", "Plats", "Place"),
    "link": _t("Etäyhteys", "Distansanslutning", "Remote link"),
    "agenda": _t("Asialista", "Föredragningslista", "Agenda"),
    "domains": _t("Aihealueet", "Områden", "Domains"),
    "minutes": _t("Muistio", "Minnesanteckningar", "Minutes"),
    "next_meeting_at": _t("Seuraava tapaaminen", "Nästa möte", "Next meeting"),
    "user_id": _t("Tiimin jäsen", "Teammedlem", "Team member"),
    "name": _t("Nimi", "Namn", "Name"),
    "organisation_name": _t("Organisaatio", "Organisation", "Organisation"),
    "sector": _t("Sektori", "Sektor", "Sector"),
    "title": _t("Ammatti", "Yrke", "Profession"),
    "role": _t("Rooli", "Roll", "Role"),
    "pre_assessment_requested": _t("Ennakkoarviota pyydetty", "Förhandsbedömning begärd",
                                   "Pre-assessment requested"),
    "pre_assessment_received": _t("Ennakkoarvio saatu", "Förhandsbedömning mottagen",
                                  "Pre-assessment received"),
    "number": _t("Versio", "Version", "Version"),
    "agreed_on": _t("Sovittu", "Överenskommen", "Agreed"),
    "agreed_by": _t("Sopimisen kirjasi", "Överenskommelsen antecknad av", "Agreement recorded by"),
    "participants": _t("Osallistujat", "Deltagare", "Participants"),
    "client_role": _t("Asiakkaan oma rooli", "Klientens egen roll", "The client's own role"),
    "next_review": _t("Seuraava arviointi", "Nästa uppföljning", "Next review"),
    "review_reason": _t("Syy yli 6 kuukauden väliin", "Orsak till intervall över 6 månader",
                        "Reason for more than 6 months"),
    "plan_versions.notes": _t("Tiimin sisäiset huomiot", "Teamets interna anteckningar",
                              "The team's internal notes"),
    "text": _t("Teksti", "Text", "Text"),
    "plan_goals.text": _t("Tavoite", "Mål", "Goal"),
    "plan_intermediate_goals.text": _t("Välitavoite", "Delmål", "Intermediate goal"),
    "target_date": _t("Tavoitepäivä", "Måldatum", "Target date"),
    "done": _t("Valmis", "Klart", "Done"),
    "what": _t("Tehtävä", "Uppgift", "Task"),
    "responsible_kind": _t("Vastuutahon laji", "Typ av ansvarig", "Kind of responsible party"),
    "responsible_text": _t("Vastuutaho", "Ansvarig", "Responsible"),
    "due": _t("Mihin mennessä", "Senast", "By"),
    "service": _t("Palvelu", "Tjänst", "Service"),
    "instrument_id": _t("Mittari", "Mätare", "Measure"),
    "time_point": _t("Mittauskerta", "Mättillfälle", "Time point"),
    "answered_on": _t("Vastauspäivä", "Svarsdatum", "Answered on"),
    "total_only": _t("Vain kokonaispisteet", "Endast totalpoäng", "Total only"),
    "safety_answer": _t("Turvallisuuskysymys", "Säkerhetsfråga", "Safety question"),
    "total": _t("Pisteet", "Poäng", "Score"),
    "complete": _t("Täydellinen", "Fullständig", "Complete"),
    "in_window": _t("Ajallaan", "I tid", "On time"),
    "code": _t("Huomio", "Observation", "Flag"),
    "raised_on": _t("Havaittu", "Upptäckt", "Raised on"),
    "acknowledged_at": _t("Kuitattu", "Kvitterad", "Acknowledged"),
    "acknowledged_by": _t("Kuittasi", "Kvitterad av", "Acknowledged by"),
    "ratings": _t("Arviot", "Bedömningar", "Ratings"),
    "free_text": _t("Vapaa palaute", "Fri respons", "Free feedback"),
    "feedback.path_step": _t("Palvelupolun vaihe palautetta annettaessa",
                             "Skede på servicestigen när responsen gavs",
                             "Step on the service path when given"),
}

# Fields shown elsewhere (the stamp line, the row's place under its parent) or
# technical ones (kept in the JSON file).
HIDDEN = {"id", "client_id", "plan_id", "version_id", "goal_id", "meeting_id", "answer_set_id",
          "superseded_by", "corrects", "reverses_id", "entry_group", "based_on_id", "override_id",
          "organisation_id", "contact_id", "responsible_id", "key", "position", "revision",
          "ics_sequence", "purposes_version", "definition_version", "instrument_version",
          "form_id", "form_version", "created_at", "created_by", "updated_at", "updated_by",
          "deleted_at"}
# Fields that hold a team member's id: shown as the person's name.
PERSON_FIELDS = {"case_manager_user_id", "case_manager_contact_id", "decided_by",
                 "withdrawn_by", "agreed_by", "acknowledged_by", "user_id"}
STEPS = PATH_STEPS
STEP_FIELDS = {"path_step", "from_step", "to_step"}

_OTHER = OTHER
# Stored codes in words: "table.field" or "field" -> code -> text.
VALUES = {
    "sex": {"female": _t("Nainen", "Kvinna", "Female"), "male": _t("Mies", "Man", "Male"),
            "other": _t("Muu / ei ilmoitettu", "Annat / inte angivet", "Other / not stated")},
    "language": {"fi": _t("suomi", "finska", "Finnish"), "sv": _t("ruotsi", "svenska", "Swedish"),
                 "en": _t("englanti", "engelska", "English"),
                 "other": _t("muu kieli", "annat språk", "Other language")},
    "referrer": REFERRERS,
    "clients.status": {"active": _t("Voimassa", "Pågående", "Active"),
                       "closed": _t("Päättynyt", "Avslutad", "Closed")},
    "outcome": OUTCOMES,
    "path_events.kind": {
        "start": _t("Asiakkuus alkoi", "Klientrelationen inleddes",
                    "Client relationship started"),
        "step": _t("Siirtyi palvelupolulla", "Gick vidare på servicestigen",
                   "Moved on the path"),
        "close": _t("Asiakkuus päättyi", "Klientrelationen avslutades",
                    "Client relationship closed"),
        "reopen": _t("Asiakkuus avattiin uudelleen", "Klientrelationen öppnades på nytt",
                     "Client relationship reopened")},
    "decision": {
        "accept": _t("Otetaan asiakkaaksi", "Tas emot som klient", "Accept as client"),
        "guide_elsewhere": _t("Ohjataan muualle", "Hänvisas till annan tjänst",
                              "Guide elsewhere"),
        "more_info": _t("Tarvitaan lisätietoa", "Mer information behövs",
                        "More information needed"),
        "coordinator": _t("Koordinaattori on asiakasvastaava", "Koordinatorn är klientansvarig",
                          "Coordinator is case manager"),
        "consult": _t("Tiimi konsultoi", "Teamet konsulterar", "Team consults only"),
        "unclear": _t("Epäselvä: harkitse", "Oklart: överväg", "Unclear: weigh it"),
        "assess_typ": _t("Arvioi monialaisen yhteispalvelun tarve",
                         "Bedöm behovet av sektorsövergripande samservice",
                         "Assess multisectoral service"),
        "not_typ": _t("Monialaisen yhteispalvelun rajat eivät täyty",
                      "Villkoren för sektorsövergripande samservice uppfylls inte",
                      "No multisectoral trigger")},
    "method": {"paper": _t("Paperilla allekirjoittaen", "Undertecknat på papper",
                           "Signed on paper"),
               "verbal": _t("Suullisesti", "Muntligt", "Verbally"),
               "electronic": _t("Sähköisesti", "Elektroniskt", "Electronically")},
    "meetings.kind": {
        "first": _t("Ensimmäinen verkostotapaaminen", "Första nätverksmötet",
                    "First network meeting"),
        "follow_up": _t("Seurantatapaaminen", "Uppföljningsmöte", "Follow-up meeting"),
        "closing": _t("Päätöstapaaminen", "Avslutande möte", "Closing meeting"),
        "consultation": _t("Konsultaatio", "Konsultation", "Consultation")},
    "meetings.state": {"planned": _t("Suunniteltu", "Planerat", "Planned"),
                       "held": _t("Pidetty", "Hållet", "Held"),
                       "cancelled": _t("Peruttu", "Inställt", "Cancelled")},
    "invitees.kind": {
        "contact": _t("Yhteyshenkilö palvelukartalta", "Kontaktperson på servicekartan",
                      "Contact on the service map"),
        "organisation": _t("Organisaatio palvelukartalta", "Organisation på servicekartan",
                           "Organisation on the service map"),
        "client": _t("Asiakas", "Klienten", "The client"),
        "peer": _t("Vertaistukihenkilö", "Stödperson", "Peer-support person"),
        "case_manager": _t("Asiakasvastaava", "Klientansvarig", "Case manager"),
        "team": _t("Tiimin jäsen", "Teammedlem", "Team member"),
        "other": _t("Muu osapuoli", "Annan part", "Other party")},
    "invitees.status": {"to_invite": _t("Kutsuttava", "Ska bjudas in", "To be invited"),
                        "invited": _t("Kutsuttu", "Inbjuden", "Invited"),
                        "accepted": _t("Tulossa", "Kommer", "Accepted"),
                        "declined": _t("Ei pääse", "Kan inte komma", "Declined"),
                        "attended": _t("Osallistui", "Deltog", "Attended")},
    "sector": {
        "social_services": _t("Sosiaalipalvelut", "Socialtjänster", "Social services"),
        "health_services": _t("Terveyspalvelut", "Hälsotjänster", "Health services"),
        "employment_services": _t("Työllisyyspalvelut", "Sysselsättningstjänster",
                                  "Employment services"),
        "kela": _t("Kela", "FPA", "Kela"), "municipality": _t("Kunta", "Kommun", "Municipality"),
        "education": _t("Koulutus", "Utbildning", "Education"),
        "third_sector": _t("Järjestöt", "Organisationer", "Third sector"), "other": _OTHER},
    "domains": {"social": _t("Sosiaalinen tilanne", "Social situation", "Social situation"),
                "health": _t("Terveys", "Hälsa", "Health"),
                "work_capacity": _t("Työ- ja toimintakyky", "Arbets- och funktionsförmåga",
                                    "Work and functional capacity"),
                "skills_jobsearch": _t("Ammatilliset valmiudet ja työnhaku",
                                       "Yrkesfärdigheter och jobbsökning",
                                       "Vocational skills and job search")},
    "plan_versions.state": {"draft": _t("Luonnos", "Utkast", "Draft"),
                            "agreed": _t("Sovittu", "Överenskommen", "Agreed")},
    "plan_goals.state": {"open": _t("avoin", "öppen", "open"),
                         "in_progress": _t("käynnissä", "pågår", "in progress"),
                         "reached": _t("saavutettu", "uppnådd", "reached"),
                         "changed": _t("muuttunut", "ändrad", "changed"),
                         "dropped": _t("luovuttu", "avstådd", "dropped")},
    "plan_tasks.state": {"planned": _t("suunniteltu", "planerad", "planned"),
                         "in_progress": _t("käynnissä", "pågår", "in progress"),
                         "done": _t("tehty", "klar", "done"),
                         "cancelled": _t("peruttu", "inställd", "cancelled")},
    "responsible_kind": {"team": _t("Tiimi", "Teamet", "The team"),
                         "contact": _t("Yhteyshenkilö", "Kontaktperson", "Contact"),
                         "organisation": _t("Organisaatio", "Organisation", "Organisation"),
                         "client": _t("Asiakas itse", "Klienten själv", "The client"),
                         "other": _OTHER},
    "time_point": {"baseline": _t("Alkumittaus", "Startmätning", "Baseline"),
                   "followup": _t("Seurantamittaus", "Uppföljningsmätning", "Follow-up"),
                   "other": _t("Muu mittaus", "Annan mätning", "Other")},
    "code": {"bdi_item9": _t("BDI:n kysymys 9 (itsetuhoisuus) vaatii huomiota",
                             "BDI fråga 9 (självdestruktivitet) kräver uppmärksamhet",
                             "BDI item 9 (self-harm) needs attention"),
             "bdi_item9_unknown": _t("BDI:n kysymys 9 jäi tietämättä",
                                     "BDI fråga 9 är okänd", "BDI item 9 unknown")},
    "answer": {"yes": _t("kyllä", "ja", "yes"), "no": _t("ei", "nej", "no"),
               "unknown": _t("ei tiedossa", "okänt", "unknown")},
    "situation": {"start": _t("Alussa", "I början", "At the start"),
                  "now": _t("Nyt", "Nu", "Now"),
                  "target": _t("Tavoite", "Mål", "Target")},
}
VALUES["suggestion"] = VALUES["decision"]
VALUES["withdrawn_how"] = VALUES["method"]

ACTIONS = {
    "view": _t("Katsottu", "Visad", "Viewed"),
    "list": _t("Listattu", "Listad", "Listed"),
    "create": _t("Tallennettu", "Sparad", "Saved"),
    "change": _t("Muutettu", "Ändrad", "Changed"),
    "export": _t("Viety tiedostoon", "Exporterad", "Exported"),
    "print": _t("Tulostettu", "Utskriven", "Printed"),
    "screening": _t("Seulonta tallennettu", "Screening sparad", "Screening saved"),
    "path_step": _t("Palvelupolun vaihe muutettu", "Skede ändrat", "Path step changed"),
    "close": _t("Asiakkuus päätetty", "Klientrelationen avslutad", "Relationship closed"),
    "reopen": _t("Asiakkuus avattu uudelleen", "Klientrelationen öppnad på nytt",
                 "Relationship reopened"),
    "consent_override": _t("Toimittu ilman suostumusta", "Åtgärd utan samtycke",
                           "Acted without consent"),
    "acknowledge": _t("Kuitattu", "Kvitterad", "Acknowledged"),
    "feedback": _t("Palaute tallennettu", "Respons sparad", "Feedback saved"),
}
HISTORY_OPS = {
    "create": _t("Luotu", "Skapad", "Created"),
    "update": _t("Muutettu", "Ändrad", "Changed"),
    "delete": _t("Poistettu näkyvistä", "Borttagen från vyn", "Removed from view"),
    "erase": _t("Poistettu pysyvästi", "Raderad permanent", "Erased"),
}
TARGETS = {
    "client": _t("perustiedot", "grunduppgifter", "basic data"),
    "history": _t("muutoshistoria", "ändringshistorik", "change history"),
    "path": _t("palvelupolku", "servicestigen", "service path"),
    "consent": _t("suostumus", "samtycke", "consent"),
    "consents": _t("suostumukset", "samtycken", "consents"),
    "consent_override": _t("toiminta ilman suostumusta", "åtgärd utan samtycke",
                           "action without consent"),
    "meeting": _t("verkostotapaaminen", "nätverksmöte", "network meeting"),
    "meetings": _t("verkostotapaamiset", "nätverksmöten", "network meetings"),
    "plan_version": _t("asiakassuunnitelma", "klientplan", "client plan"),
    "plan_compare": _t("suunnitelman versioiden vertailu", "jämförelse av planversioner",
                       "comparison of plan versions"),
    "answer_set": _t("mittarin vastaukset", "svar på mätare", "measure answers"),
    "safety_flag": _t("turvallisuushuomio", "säkerhetsobservation", "safety flag"),
    "measures_summary": _t("mittareiden yhteenveto", "sammanfattning av mätare",
                           "summary of measures"),
    "feedback": _t("palaute", "respons", "feedback"),
    "access_export": _t("asiakkaan tietojen kokoelma", "sammanställning av klientens uppgifter",
                        "compilation of the client's data"),
    "erasure": _t("poistamisen valmistelu", "förberedelse av radering", "preparing erasure"),
    "criteria": _t("asiakaskriteerit", "klientkriterier", "client criteria"),
    "case_manager": _t("asiakasvastaavan tarve", "behov av klientansvarig",
                       "need of a case manager"),
    "typ_triggers": _t("monialainen yhteispalvelu", "sektorsövergripande samservice",
                       "multisectoral joint service"),
}

L = Labels({**TEXTS,
            **{f"section.{k}": v[0] for k, v in SECTIONS.items()},
            **{f"row.{k}": v[1] for k, v in SECTIONS.items()},
            **{f"field.{k}": v for k, v in FIELDS.items()},
            **{f"step.{k}": v for k, v in STEPS.items()},
            **{f"value.{f}.{c}": v for f, codes in VALUES.items() for c, v in codes.items()},
            **{f"action.{k}": v for k, v in ACTIONS.items()},
            **{f"op.{k}": v for k, v in HISTORY_OPS.items()},
            **{f"target.{k}": v for k, v in TARGETS.items()}},
           parent=COMMON)

# Rows shown under the row they belong to: child table, its column naming the parent.
CHILDREN = {
    "plans": [("plan_versions", "plan_id")],
    "plan_versions": [("plan_goals", "version_id"), ("plan_tasks", "version_id")],
    "plan_goals": [("plan_intermediate_goals", "goal_id")],
    "meetings": [("invitees", "meeting_id")],
    "answer_sets": [("safety_flags", "answer_set_id")],
}
# The field that names one row in its heading.
TITLE_FIELDS = {
    "path_events": "on", "screenings": "screened_on", "consents": "given_on",
    "consent_overrides": "on", "meetings": "starts_at", "plan_versions": "number",
    "plan_goals": "text", "plan_intermediate_goals": "text", "plan_tasks": "what",
    "answer_sets": "instrument_id", "safety_flags": "raised_on", "feedback": "given_on",
    "invitees": "name", "journal_entries": "entry_on",
}


def _label(key: str, lang: str, fallback: str) -> str:
    return L.get(key, lang) if key in L else fallback


def section_label(table: str, lang: str) -> str:
    return _label(f"section.{table}", lang, table)


def field_label(table: str, field: str, lang: str) -> str:
    for key in (f"field.{table}.{field}", f"field.{field}"):
        if key in L:
            return L.get(key, lang)
    return field.replace("_", " ").capitalize()


def visible_fields(table: str, row: dict) -> list[str]:
    return [f for f in row if f not in HIDDEN]


# --- values in words ----------------------------------------------------------------

class _Ctx:
    def __init__(self, data: dict, lang: str):
        self.lang = lang
        self.names: dict = data.get("names") or {}

    def name(self, ident) -> str:
        return self.names.get(ident, ident) if ident else ""


def _code(table: str, field: str, code, lang: str) -> str:
    for key in (f"value.{table}.{field}.{code}", f"value.{field}.{code}"):
        if key in L:
            return L.get(key, lang)
    return str(code)


def _def_title(loader, ident, version, lang) -> str:
    try:
        defn = loader(ident, version)
    except Exception:  # noqa: BLE001 (a definition file gone: print the code)
        return str(ident)
    return language.pick(dict(defn.title), lang)


def _screening_def(row):
    from ..models.screening import load_definition
    try:
        return load_definition(row.get("definition_id"), row.get("definition_version"))
    except Exception:  # noqa: BLE001
        return None


def _instrument_title(row, lang) -> str:
    from ..models.instruments import definition
    return _def_title(definition, row.get("instrument_id"), row.get("instrument_version"), lang)


def _feedback_def(row):
    try:
        return ff.definition(row.get("form_id") or ff.DEFAULT_FORM, row.get("form_version"))
    except Exception:  # noqa: BLE001
        return None


def _answers_list(values, lang) -> str:
    none = L.get("unanswered", lang)
    return ", ".join(none if v is None else formats.format_number(v, lang=lang)
                     if isinstance(v, (int, float)) and not isinstance(v, bool) else str(v)
                     for v in values)


def value_text(table: str, field: str, value, row: dict, ctx: _Ctx) -> str:
    """A stored value in words for the reader; "" for nothing stored."""
    lang = ctx.lang
    if value is None or value == "" or value == [] or value == {}:
        return ""
    if isinstance(value, bool):
        return L.get("yes" if value else "no", lang)
    if isinstance(value, datetime):
        return formats.format_datetime(value, lang)
    if isinstance(value, date):
        return formats.format_date(value, lang)
    if field in STEP_FIELDS and value in STEPS:
        return L.get(f"step.{value}", lang)
    if field in PERSON_FIELDS:
        return ctx.name(value)
    if field == "org_ids":
        return ", ".join(ctx.name(v) for v in value)
    if field in ("purposes", "purpose") and table in ("consents", "consent_overrides"):
        codes = value if isinstance(value, list) else [value]
        return ", ".join(purpose_label(c, lang) for c in codes)
    if table == "screenings" and field == "definition_id":
        defn = _screening_def(row)
        return language.pick(dict(defn.title), lang) if defn else str(value)
    if table == "screenings" and field in ("answers", "notes") and isinstance(value, dict):
        defn = _screening_def(row)
        lines = []
        for item_id, v in value.items():
            try:
                text = language.pick(dict(defn.item(item_id).text), lang)
            except Exception:  # noqa: BLE001
                text = item_id
            shown = _code(table, "answer", v, lang) if field == "answers" else str(v)
            lines.append(f"{text}: {shown}")
        return "\n".join(lines)
    if table == "answer_sets" and field == "instrument_id":
        return _instrument_title(row, lang)
    if table == "answer_sets" and field == "answers":
        if isinstance(value, dict):
            return "\n".join(f"{_code(table, 'situation', k, lang)}: {_answers_list(v, lang)}"
                             for k, v in value.items())
        if isinstance(value, list):
            return _answers_list(value, lang)
    if table == "feedback" and field == "ratings" and isinstance(value, dict):
        defn = _feedback_def(row)
        lines = []
        for item_id, v in value.items():
            try:
                text = ff.pick(dict(defn.item(item_id).text), lang)
            except Exception:  # noqa: BLE001
                text = item_id
            lines.append(f"{text}: {L.get('unanswered', lang) if v is None else v}")
        return "\n".join(lines)
    if isinstance(value, list):
        return ", ".join(_code(table, field, v, lang) for v in value)
    if isinstance(value, dict):
        return "\n".join(f"{k}: {v}" for k, v in value.items())
    if isinstance(value, (int, float)):
        return formats.format_number(value, lang=lang)
    return _code(table, field, value, lang)


def row_title(table: str, row: dict, index: int, ctx: _Ctx) -> str:
    base = _label(f"row.{table}", ctx.lang, table)
    field = TITLE_FIELDS.get(table)
    if table in ("clients", "plans"):
        return base
    if table == "invitees" and not row.get("name") and row.get("kind"):
        return f"{base}: {value_text(table, 'kind', row['kind'], row, ctx)}"
    if field and row.get(field) not in (None, ""):
        text = value_text(table, field, row[field], row, ctx)
        text = " ".join(text.split())
        if len(text) > 70:
            text = text[:69] + "…"
        if table == "plan_versions":
            return f"{base} {text}"
        return f"{base}: {text}" if field in ("text", "what", "name", "instrument_id") else \
            f"{base} {text}"
    return f"{base} {index}"


# --- layout ------------------------------------------------------------------------

def _stamp(row: dict, ctx: _Ctx) -> list[list[str]]:
    lang = ctx.lang
    out = []
    if row.get("created_at"):
        out.append([L.get("record_created", lang), L.get(
            "by", lang, when=formats.format_datetime(row["created_at"], lang),
            who=ctx.name(row.get("created_by")) or "–")])
    if row.get("updated_at"):
        updated = L.get("by", lang, when=formats.format_datetime(row["updated_at"], lang),
                        who=ctx.name(row.get("updated_by")) or "–")
        if not out or updated != out[0][1]:
            out.append([L.get("record_updated", lang), updated])
    if row.get("deleted_at"):
        out.append([L.get("record_deleted", lang),
                    formats.format_datetime(row["deleted_at"], lang)])
    return out


def _row_table(table: str, row: dict, title: str, ctx: _Ctx):
    lines = [[Markup(f"<b>{markup(title)}</b>"), ""]]
    for field in visible_fields(table, row):
        text = value_text(table, field, row[field], row, ctx)
        if text:
            lines.append([field_label(table, field, ctx.lang), text])
    lines += _stamp(row, ctx)
    return table_flowable(lines)


def table_flowable(lines):
    t = table(lines, [0.32, 0.68], header=True)
    t.setStyle(TableStyle([("SPAN", (0, 0), (-1, 0))]))
    return t


def _children_of(table: str, row: dict, sections: dict) -> list[tuple[str, dict]]:
    out = []
    for child, column in CHILDREN.get(table, []):
        out += [(child, r) for r in sections.get(child, []) if r.get(column) == row["id"]]
    return out


def _render(table: str, row: dict, index: int, sections: dict, ctx: _Ctx, shown: set,
            prefix: str = "") -> list:
    shown.add(row["id"])
    title = prefix + row_title(table, row, index, ctx)
    story = [_row_table(table, row, title, ctx)]
    counts: dict[str, int] = {}
    for child, child_row in _children_of(table, row, sections):
        counts[child] = counts.get(child, 0) + 1
        story += _render(child, child_row, counts[child], sections, ctx, shown,
                         prefix=title + " › ")
    return story


def build_story(data: dict, lang: str) -> list:
    st = styles(False)
    ctx = _Ctx(data, lang)
    sections: dict = data.get("sections") or {}
    client = (sections.get("clients") or [{}])[0]
    story = [para(L.get("intro", lang), st["Body"])]
    info = [[L.get("client", lang), f"{client.get('first_name', '')} {client.get('last_name', '')}"],
            [L.get("identifier", lang), client.get("hetu") or client.get("temporary_id") or "–"],
            [L.get("exported", lang), formats.format_datetime(data.get("exported_at"), lang)],
            [L.get("exported_by", lang), (data.get("exported_by") or {}).get("display_name", "")]]
    story.append(table(info, [0.32, 0.68], header=False))
    rows = [[L.get("contents", lang), L.get("count", lang)]]
    rows += [[section_label(k, lang), str(len(v))] for k, v in sections.items()]
    rows += [[L.get("history", lang), str(len(data.get("history") or []))],
             [L.get("audit", lang), str(len(data.get("audit") or []))]]
    story.append(table(rows, [0.75, 0.25]))

    shown: set = set()
    for name, found in sections.items():
        left = [r for r in found if r["id"] not in shown]
        if not left:
            continue
        story.append(para(section_label(name, lang), st["H1"]))
        for i, row in enumerate(left, 1):
            if row["id"] in shown:
                continue
            story += _render(name, row, i, sections, ctx, shown)

    story.append(para(L.get("history", lang), st["H1"]))
    story.append(para(L.get("history_intro", lang), st["Small"]))
    history = data.get("history") or []
    if history:
        hrows = [[L.get("when", lang), L.get("who", lang), L.get("record", lang),
                  L.get("action", lang)]]
        for h in history:
            hrows.append([formats.format_datetime(h["at"], lang), ctx.name(h.get("user_id")),
                          _label(f"row.{h['table']}", lang, h["table"]),
                          _label(f"op.{h['op']}", lang, h["op"])])
        story.append(table(hrows, [0.24, 0.26, 0.28, 0.22]))
    else:
        story.append(para(L.get("none", lang), st["Body"]))

    story.append(para(L.get("audit", lang), st["H1"]))
    story.append(para(L.get("audit_intro", lang), st["Small"]))
    audit = data.get("audit") or []
    if audit:
        arows = [[L.get("when", lang), L.get("who", lang), L.get("action", lang),
                  L.get("what", lang)]]
        for a in audit:
            arows.append([formats.format_datetime(a["at"], lang),
                          ctx.names.get(a.get("user_id")) or a.get("username") or "–",
                          _label(f"action.{a['action']}", lang, a["action"]),
                          target_text(a.get("target"), lang)])
        story.append(table(arows, [0.22, 0.24, 0.24, 0.30]))
    else:
        story.append(para(L.get("none", lang), st["Body"]))
    return story


def target_text(target: str | None, lang: str) -> str:
    if not target:
        return ""
    kind = target.split(":", 1)[0].split(".v", 1)[0]
    return _label(f"target.{kind}", lang, kind)


def write_access_pdf(data: dict, target, *, lang: str | None = None,
                     printed: date | None = None) -> None:
    """Write the readable PDF of ``data`` (from ``store.access_export.collect``)."""
    lang = normalize_lang(lang or language.current())
    build_pdf(target, build_story(data, lang), title=L.get("title", lang),
              team_name=data.get("team_name") or "", lang=lang,
              subtitle=L.get("subtitle", lang), printed=printed)


def missing_labels() -> list[str]:
    """Label keys lacking a Swedish or English text (for tests)."""
    return sorted({k for lang in LANGS for k in L.missing(lang)})


__all__ = ["FIELDS", "HIDDEN", "L", "SECTIONS", "field_label", "missing_labels",
           "section_label", "value_text", "visible_fields", "write_access_pdf"]
