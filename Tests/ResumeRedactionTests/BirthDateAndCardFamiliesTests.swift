@testable import ResumeRedaction
import Testing

/// Birth dates and cards the development corpus still missed after the fourth batch: a format
/// hint between label and date, a place and date as fields of a personal-details line, a birth
/// year in brackets after a person's name, Maestro's 18 digits grouped 4-4-4-6.
@Suite struct BirthDateAndCardFamiliesTests {
    @Test(arguments: [
        ("Date of Birth (DD/MM/YYYY): 21/01/1999", "Date of Birth (DD/MM/YYYY): [DOB]"),
        ("Geburtsdatum (TT.MM.JJJJ): 03.04.1990", "Geburtsdatum (TT.MM.JJJJ): [DOB]"),
        ("Née en 1991 · Nationalité française", "Née en [DOB] · Nationalité française"),
    ])
    func aFormatHintBetweenLabelAndDate(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        ("Firenze, 28.07.1986 · DLVLSE86L68D612D · Borgo San Frediano 41, 50124 Firenze", "Firenze, [DOB] · [SSN] · [ADDRESS]"),
        ("Den Burg · 14-02-1972 · 183016610 · rijbewijs B, C", "Den Burg · [DOB] · 183016610 · rijbewijs B, C"),
    ])
    func aPlaceAndDateAsFieldsOfAPersonalDetailsLine(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "Hamburg, 30.06.2008",                 // a letter's place and date
        "Paris, 12.03.2024 · Objet : candidature", // a date no candidate was born on
        "Seit 01.02.2005 · Projektleitung",     // no place before it
        "Release 2.1.2005 · notes",
        "Munich, 14.06.2008 · Speaker, PyCon DE",   // a talk's place and date
        "London, 01/09/2005 | Started BSc",
    ])
    func otherDatesInFieldsAreKept(input: String) {
        #expect(job(input) == input)
    }

    @Test(arguments: [
        ("Kinder: Frau Lea Fischer (2011), Herr Jonas Fischer (2014)", "Kinder: Frau [NAME] ([DOB]), Herr [NAME] ([DOB])"),
        ("Contact: Noor Hendriks (1984) is econoom.", "Contact: [NAME] ([DOB]) is econoom."),
    ])
    func aBirthYearAfterAPersonsName(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test(arguments: [
        "as Dr. Smith (2019) showed",          // one surname: a citation
        "Contact: Noor Hendriks (2019-2021)",  // a range
        "Contact: Jane Doe (2021). Deep nets",  // a reference
        "Contact: Tom Lee (2020) showed",       // a recent year
    ])
    func citationsAndRangesAfterANameAreNoBirthYear(input: String) {
        #expect(!job(input).contains("[DOB]"))
    }

    @Test(arguments: [
        ("paid by debit card 6759 6055 4836 708878 on 14/02", "paid by debit card [CARD] on 14/02"),
    ])
    func maestroEighteenDigitsAfterACardWord(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func aLongLastGroupWithoutACardWordIsNoCard() {
        #expect(!job("Ticket 6759 6055 4836 708878 closed").contains("[CARD]"))
    }

    @Test(arguments: [
        ("Roma, 28.07.1986 · Italiana · Patente B", "Roma, [DOB] · Italiana · Patente B"),
        ("Den Burg · 14-02-1972 · 06 12 34 56 78", "Den Burg · [DOB] · [PHONE]"),
        ("Kinder: Frau Lea Fischer (2011), Herr Max Fischer (2014).", "Kinder: Frau [NAME] ([DOB]), Herr [NAME] ([DOB])."),
    ])
    func birthDatesAnOutsideReviewFound(input: String, expected: String) {
        #expect(job(input) == expected)
    }

    @Test func aBirthPhraseInsideASentenceIsNoLabel() {
        #expect(job("Le projet est né en 2015.") == "Le projet est né en 2015.")
    }
}
