import type { AssessmentDimension } from "./vocabulary";

/**
 * The default sustainability questionnaire, modelled on IOM's reintegration sustainability survey: about
 * fifteen indicators in three dimensions. Every answer is 0..4 and 4 is always the best situation (for
 * debt, discrimination and distress that means the least of it). ensureQuestions() writes these rows by key;
 * the answer labels stay here, as data, keyed by the question's scale.
 */

export const ANSWER_SCALES = {
  satisfaction: {
    en: ["Very dissatisfied", "Dissatisfied", "Neither satisfied nor dissatisfied", "Satisfied", "Very satisfied"],
    hi: ["बहुत असंतुष्ट", "असंतुष्ट", "न संतुष्ट, न असंतुष्ट", "संतुष्ट", "बहुत संतुष्ट"],
  },
  debt: {
    en: ["Debts she cannot repay, with pressure from lenders", "Large debts, hard to repay", "Some debt, repaid with difficulty", "Small debt, repaid without difficulty", "No debt"],
    hi: ["ऐसा कर्ज़ जो वह चुका नहीं सकती, साहूकारों का दबाव", "बड़ा कर्ज़, चुकाना कठिन", "कुछ कर्ज़, कठिनाई से चुकता", "थोड़ा कर्ज़, बिना कठिनाई चुकता", "कोई कर्ज़ नहीं"],
  },
  access: {
    en: ["No access", "Very difficult", "Somewhat difficult", "Mostly available", "Fully available"],
    hi: ["कोई पहुँच नहीं", "बहुत कठिन", "कुछ कठिन", "अधिकतर उपलब्ध", "पूरी तरह उपलब्ध"],
  },
  frequency: {
    en: ["Never", "Rarely", "Sometimes", "Often", "Always"],
    hi: ["कभी नहीं", "शायद ही कभी", "कभी-कभी", "अक्सर", "हमेशा"],
  },
  /** For what is bad to have: 4 = never. */
  frequencyReversed: {
    en: ["Always", "Often", "Sometimes", "Rarely", "Never"],
    hi: ["हमेशा", "अक्सर", "कभी-कभी", "शायद ही कभी", "कभी नहीं"],
  },
  agreement: {
    en: ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"],
    hi: ["पूरी तरह असहमत", "असहमत", "न सहमत, न असहमत", "सहमत", "पूरी तरह सहमत"],
  },
  documents: {
    en: ["None", "Applied for, none received yet", "Some of the essential documents", "Most of the essential documents", "All essential documents"],
    hi: ["कोई नहीं", "आवेदन किया, अभी कोई नहीं मिला", "कुछ ज़रूरी दस्तावेज़", "अधिकतर ज़रूरी दस्तावेज़", "सभी ज़रूरी दस्तावेज़"],
  },
  /** For a question that is not in the default set: the numbers only. */
  points: {
    en: ["0 (worst)", "1", "2", "3", "4 (best)"],
    hi: ["0 (सबसे ख़राब)", "1", "2", "3", "4 (सबसे अच्छा)"],
  },
} as const satisfies Record<string, { en: readonly string[]; hi: readonly string[] }>;

export type AnswerScale = keyof typeof ANSWER_SCALES;

export interface DefaultQuestion {
  key: string;
  dimension: AssessmentDimension;
  en: string;
  hi: string;
  scale: AnswerScale;
}

export const DEFAULT_QUESTIONS: readonly DefaultQuestion[] = [
  // Economic
  {
    key: "economic_situation",
    dimension: "economic",
    en: "How satisfied is she with her current economic situation?",
    hi: "वह अपनी वर्तमान आर्थिक स्थिति से कितनी संतुष्ट है?",
    scale: "satisfaction",
  },
  { key: "debt", dimension: "economic", en: "How heavy is the debt that she or her household owes?", hi: "उस पर या उसके परिवार पर कितना कर्ज़ है?", scale: "debt" },
  {
    key: "work_access",
    dimension: "economic",
    en: "Can she find work or earn an income when she needs to?",
    hi: "ज़रूरत पड़ने पर क्या उसे काम या आमदनी का साधन मिल पाता है?",
    scale: "access",
  },
  { key: "food_security", dimension: "economic", en: "How often does her household have enough to eat?", hi: "उसके परिवार के पास कितनी बार भरपेट खाना होता है?", scale: "frequency" },
  {
    key: "training_access",
    dimension: "economic",
    en: "Can she get the vocational training or skills she needs?",
    hi: "क्या उसे ज़रूरी व्यावसायिक प्रशिक्षण या कौशल मिल पाता है?",
    scale: "access",
  },
  // Social
  {
    key: "housing",
    dimension: "social",
    en: "How satisfied is she with her housing (safety, condition, security of tenure)?",
    hi: "वह अपने आवास (सुरक्षा, हालत, रहने की निश्चितता) से कितनी संतुष्ट है?",
    scale: "satisfaction",
  },
  {
    key: "documents",
    dimension: "social",
    en: "Does she have the identity and civil documents she needs (identity card, ration card, bank account)?",
    hi: "क्या उसके पास ज़रूरी पहचान और नागरिक दस्तावेज़ (पहचान पत्र, राशन कार्ड, बैंक खाता) हैं?",
    scale: "documents",
  },
  {
    key: "education_access",
    dimension: "social",
    en: "Can her children go to school (or, without children of school age, can she get education herself)?",
    hi: "क्या उसके बच्चे स्कूल जा पाते हैं (या स्कूल जाने की उम्र के बच्चे न हों तो क्या वह ख़ुद शिक्षा पा सकती है)?",
    scale: "access",
  },
  { key: "health_access", dimension: "social", en: "Can she get health care when she needs it?", hi: "ज़रूरत पड़ने पर क्या उसे स्वास्थ्य सेवा मिल पाती है?", scale: "access" },
  {
    key: "justice_access",
    dimension: "social",
    en: "Can she get legal aid or justice services when she needs them?",
    hi: "ज़रूरत पड़ने पर क्या उसे कानूनी सहायता या न्याय सेवाएँ मिल पाती हैं?",
    scale: "access",
  },
  // Psychosocial
  { key: "feels_safe", dimension: "psychosocial", en: "She feels safe where she lives and works.", hi: "वह जहाँ रहती और काम करती है, वहाँ सुरक्षित महसूस करती है।", scale: "agreement" },
  {
    key: "community_participation",
    dimension: "psychosocial",
    en: "How often does she take part in community activities, festivals or groups?",
    hi: "वह कितनी बार सामुदायिक गतिविधियों, त्योहारों या समूहों में भाग लेती है?",
    scale: "frequency",
  },
  {
    key: "support_network",
    dimension: "psychosocial",
    en: "She has people she can rely on for help and advice.",
    hi: "उसके पास ऐसे लोग हैं जिन पर वह मदद और सलाह के लिए भरोसा कर सकती है।",
    scale: "agreement",
  },
  {
    key: "discrimination",
    dimension: "psychosocial",
    en: "How often does she face discrimination or stigma in her community?",
    hi: "उसे अपने समुदाय में कितनी बार भेदभाव या कलंक का सामना करना पड़ता है?",
    scale: "frequencyReversed",
  },
  {
    key: "distress",
    dimension: "psychosocial",
    en: "In the last two weeks, how often has she shown signs of distress (hopelessness, fear, sleeplessness, anger)?",
    hi: "पिछले दो हफ़्तों में उसमें कितनी बार परेशानी के लक्षण (निराशा, डर, नींद न आना, ग़ुस्सा) दिखे?",
    scale: "frequencyReversed",
  },
];

const BY_KEY = new Map(DEFAULT_QUESTIONS.map((question) => [question.key, question]));

/** The answer labels (0..4) of a question, in the page's language. */
export function answerLabels(key: string, language: string): readonly string[] {
  const scale = ANSWER_SCALES[BY_KEY.get(key)?.scale ?? "points"];
  return language === "hi" ? scale.hi : scale.en;
}
