import type { CaseStage } from "./vocabulary";

/**
 * The checklist each stage starts with in a new organisation; supervisors change it for theirs
 * (care settings). Labels in English and Hindi, as the organisation's staff see them.
 */
export const DEFAULT_CHECKLISTS: Record<Exclude<CaseStage, "closed">, ReadonlyArray<{ en: string; hi: string }>> = {
  report: [
    { en: "Report received and source recorded", hi: "सूचना मिली और स्रोत दर्ज किया गया" },
    { en: "Immediate risk assessed", hi: "तात्कालिक ख़तरे का आकलन किया गया" },
    { en: "Consent for case management recorded", hi: "केस प्रबंधन की सहमति दर्ज की गई" },
  ],
  rescue: [
    { en: "FIR number recorded", hi: "एफ़आईआर संख्या दर्ज की गई" },
    { en: "Medical examination done", hi: "चिकित्सा जाँच हो गई" },
    { en: "Statement recorded before a magistrate", hi: "मजिस्ट्रेट के सामने बयान दर्ज हुआ" },
    { en: "Safe shelter arranged", hi: "सुरक्षित आश्रय की व्यवस्था हुई" },
  ],
  rehabilitation: [
    { en: "Individual care plan agreed", hi: "व्यक्तिगत देखभाल योजना तय हुई" },
    { en: "Counselling started", hi: "परामर्श शुरू हुआ" },
    { en: "Legal aid lawyer assigned", hi: "क़ानूनी सहायता वकील नियुक्त हुआ" },
  ],
  repatriation: [
    { en: "Home-state authority informed", hi: "गृह राज्य के अधिकारियों को सूचित किया गया" },
    { en: "Family assessed as safe", hi: "परिवार को सुरक्षित पाया गया" },
    { en: "Escort arranged", hi: "साथ जाने वाले की व्यवस्था हुई" },
  ],
  reintegration: [
    { en: "Livelihood plan agreed", hi: "आजीविका योजना तय हुई" },
    { en: "Identity documents obtained", hi: "पहचान दस्तावेज़ मिल गए" },
    { en: "Follow-up visit schedule set", hi: "अनुवर्ती मुलाक़ातों का कार्यक्रम तय हुआ" },
  ],
  recompensation: [
    { en: "Compensation claim filed", hi: "मुआवज़े का दावा दायर हुआ" },
    { en: "Bank account for the award opened", hi: "मुआवज़े के लिए बैंक खाता खुला" },
  ],
};
