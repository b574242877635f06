/// The words synthetic logs are made of: openings, subjects and endings that combine into plausible sentences of the
/// length real learning logs have.
enum PhraseBank {
    static let openings = [
        "This fortnight", "Since the last log", "On the ward", "In our practice", "Across the team", "In clinic",
        "For our patients", "At the community hub", "In the outpatient department", "Among the therapists",
    ]
    static let subjects = [
        "video consultations have become part of the routine", "the booking template finally works",
        "patients without a smartphone are being left behind", "the headsets we ordered still have not arrived",
        "staff are tired after weeks of long days", "interpreters are hard to book for video slots",
        "the waiting list review is going faster on video", "we are unsure what we miss without an examination",
        "the platform dropped calls twice in one morning", "managers want a plan for restarting routine clinics",
        "families say the calls save them a day off work", "a quick huddle each morning fixes the worst problems",
        "older patients need a phone call first to get connected", "the new e-prescribing link saves time",
    ]
    static let endings = [
        "and we are learning as we go.", "which nobody expected a month ago.", "and it is wearing people down.",
        "so we have changed the letters again.", "but the evidence is still thin.", "and patients seem pleased.",
        "which worries me more than anything.", "and the team is proud of it.", "so we keep a shared log of fixes.",
        "but it will not last without more staff.",
    ]
    static let prompts = ["Progress", "Concerns", "What I'm hearing"]
    static let regions = ["NW", "NE", "LDN", "SW", "SE", "MID", "EE", "YH"]
    static let settings = ["primary", "secondary", "community", "mental health"]
    static let roles = [
        "GP partner", "Practice manager", "Consultant physician", "Digital transformation lead", "District nurse lead",
        "Clinical psychologist", "Outpatient services manager", "Community matron", "CCIO", "Physiotherapist",
    ]
}
