/**
 * The demo catalog: four categories, twelve makers (eight with public profiles, all pseudonyms chosen
 * for the demo), and about forty products. Prices are in INR paise.
 */

export const DEMO_CATEGORIES = [
  { slug: "honey", nameEn: "Honey", nameHi: "शहद", descriptionEn: "Raw honey from small apiaries in the Khasi and Jaintia hills.", descriptionHi: "खासी और जयंतिया पहाड़ियों के छोटे मधुमक्खी पालन केंद्रों से कच्चा शहद।" },
  { slug: "handloom", nameEn: "Handloom", nameHi: "हथकरघा", descriptionEn: "Stoles, scarves and shawls woven on hand looms: eri and muga silk, cotton.", descriptionHi: "हाथ के करघे पर बुने स्टोल, स्कार्फ़ और शॉल: एरी और मूगा रेशम, सूती।" },
  { slug: "handicrafts", nameEn: "Handicrafts", nameHi: "हस्तशिल्प", descriptionEn: "Bamboo, cane and wood, shaped by hand.", descriptionHi: "हाथ से गढ़े बाँस, बेंत और लकड़ी के सामान।" },
  { slug: "art", nameEn: "Art", nameHi: "कला", descriptionEn: "Paintings and prints by artists of the network.", descriptionHi: "नेटवर्क के कलाकारों के चित्र और प्रिंट।" },
] as const;

export type CategorySlug = (typeof DEMO_CATEGORIES)[number]["slug"];

export interface DemoMaker {
  slug: string;
  displayName: string;
  craft: string;
  region: string;
  storyEn?: string;
  storyHi?: string;
  publicProfile: boolean;
  /** The demo artisan account that is this maker, if any. */
  accountEmail?: string;
}

export const DEMO_MAKERS: DemoMaker[] = [
  {
    slug: "daphi",
    displayName: "Daphi",
    craft: "Eri silk weaving",
    region: "Ri-Bhoi, Meghalaya",
    storyEn: "Daphi learned to weave from her grandmother and took it up again at the cooperative. She likes deep indigo and the soft weight of eri silk, and weaves in the mornings before her children wake.",
    storyHi: "डाफ़ी ने अपनी दादी से बुनाई सीखी और सहकारी समिति में इसे फिर से शुरू किया। उन्हें गहरा नील रंग और एरी रेशम का हल्कापन पसंद है, और वे सुबह बच्चों के उठने से पहले बुनती हैं।",
    publicProfile: true,
    accountEmail: "artisan@demo.reweave.org",
  },
  {
    slug: "iba",
    displayName: "Iba",
    craft: "Beekeeping",
    region: "Ri-Bhoi, Meghalaya",
    storyEn: "Iba keeps twelve hives at the edge of a litchi orchard. She named each queen and can tell, she says, from the sound of a hive whether the season will be good.",
    storyHi: "इबा लीची के बाग़ के किनारे बारह छत्ते रखती हैं। उन्होंने हर रानी मक्खी का नाम रखा है और कहती हैं कि छत्ते की आवाज़ से बता सकती हैं कि मौसम अच्छा होगा या नहीं।",
    publicProfile: true,
  },
  {
    slug: "kyntiew",
    displayName: "Kyntiew",
    craft: "Beekeeping",
    region: "West Jaintia Hills, Meghalaya",
    storyEn: "Kyntiew's forest honey comes from wild flowers on the slopes above her village. She started with two hives from the cooperative's training and now teaches newcomers.",
    storyHi: "किन्त्यू का वन शहद उनके गाँव के ऊपर ढलानों के जंगली फूलों से आता है। उन्होंने सहकारी समिति के प्रशिक्षण से दो छत्तों से शुरुआत की और अब नए लोगों को सिखाती हैं।",
    publicProfile: true,
  },
  {
    slug: "rani",
    displayName: "Rani",
    craft: "Muga silk weaving",
    region: "Sualkuchi, Assam",
    storyEn: "Rani weaves muga, the golden silk of Assam. A stole takes her about a week; she signs each one with a small knot in the fringe.",
    storyHi: "रानी असम का सुनहरा रेशम, मूगा, बुनती हैं। एक स्टोल में उन्हें लगभग एक सप्ताह लगता है; वे हर स्टोल की झालर में एक छोटी गाँठ से अपना निशान लगाती हैं।",
    publicProfile: true,
  },
  {
    slug: "bina",
    displayName: "Bina",
    craft: "Bamboo and cane",
    region: "East Khasi Hills, Meghalaya",
    storyEn: "Bina splits and weaves bamboo the way her village always has, and has added her own patterns. Her baskets travel to markets she has never seen.",
    storyHi: "बीना बाँस को वैसे ही चीरती और बुनती हैं जैसे उनके गाँव में हमेशा होता आया है, और उन्होंने अपने डिज़ाइन जोड़े हैं। उनकी टोकरियाँ उन बाज़ारों तक जाती हैं जिन्हें उन्होंने कभी नहीं देखा।",
    publicProfile: true,
  },
  {
    slug: "lalnun",
    displayName: "Lalnun",
    craft: "Painting",
    region: "Aizawl, Mizoram",
    storyEn: "Lalnun paints the hills and markets of the Northeast in bright, flat colours. She began painting during a long stay at a shelter and has not stopped since.",
    storyHi: "लालनुन पूर्वोत्तर की पहाड़ियों और बाज़ारों को चटख, सपाट रंगों में चित्रित करती हैं। उन्होंने एक आश्रय गृह में लंबे प्रवास के दौरान चित्र बनाना शुरू किया और तब से रुकी नहीं हैं।",
    publicProfile: true,
  },
  {
    slug: "mary",
    displayName: "Mary",
    craft: "Cotton weaving",
    region: "Shillong, Meghalaya",
    storyEn: "Mary weaves Khasi checks in cotton for everyday scarves. She trains younger weavers at the cooperative twice a week.",
    storyHi: "मैरी रोज़मर्रा के स्कार्फ़ के लिए सूती खासी चेक बुनती हैं। वे सहकारी समिति में सप्ताह में दो बार युवा बुनकरों को प्रशिक्षण देती हैं।",
    publicProfile: true,
  },
  {
    slug: "sunita",
    displayName: "Sunita",
    craft: "Woodwork",
    region: "Guwahati, Assam",
    storyEn: "Sunita turns bowls and spoons from fallen wood collected with the forest department's permission, finished with beeswax from the cooperative's hives.",
    storyHi: "सुनीता वन विभाग की अनुमति से इकट्ठा की गई गिरी लकड़ी से कटोरे और चम्मच बनाती हैं, और उन्हें सहकारी समिति के छत्तों के मोम से चमकाती हैं।",
    publicProfile: true,
  },
  { slug: "maker-09", displayName: "Weaver of the cooperative", craft: "Eri silk weaving", region: "Ri-Bhoi, Meghalaya", publicProfile: false },
  { slug: "maker-10", displayName: "Beekeeper of the cooperative", craft: "Beekeeping", region: "Ri-Bhoi, Meghalaya", publicProfile: false },
  { slug: "maker-11", displayName: "Basket maker of the cooperative", craft: "Bamboo and cane", region: "East Khasi Hills, Meghalaya", publicProfile: false },
  { slug: "maker-12", displayName: "Painter of the network", craft: "Painting", region: "Shillong, Meghalaya", publicProfile: false },
];

export interface DemoVariant {
  optionEn: string;
  optionHi: string;
  priceInr: number;
  weightGrams: number;
}

export interface DemoProduct {
  slug: string;
  category: CategorySlug;
  maker: string | null;
  titleEn: string;
  titleHi: string;
  descriptionEn: string;
  descriptionHi: string;
  materialsEn: string;
  materialsHi: string;
  careEn: string;
  careHi: string;
  originRegion: string;
  hsCode: string;
  featured?: boolean;
  status?: "active" | "draft" | "pending_approval" | "archived";
  variants: DemoVariant[];
}

const honeySizes = (price250: number): DemoVariant[] => [
  { optionEn: "250 g", optionHi: "250 ग्राम", priceInr: price250, weightGrams: 420 },
  { optionEn: "500 g", optionHi: "500 ग्राम", priceInr: Math.round((price250 * 1.8) / 100) * 100, weightGrams: 750 },
  { optionEn: "1 kg", optionHi: "1 किलो", priceInr: Math.round((price250 * 3.3) / 100) * 100, weightGrams: 1_400 },
];

const colours = (price: number, weightGrams: number, names: [string, string][]): DemoVariant[] =>
  names.map(([optionEn, optionHi]) => ({ optionEn, optionHi, priceInr: price, weightGrams }));

const honeyCare = { careEn: "Keep closed, away from sunlight. Crystallisation is natural: warm gently to melt.", careHi: "बंद रखें, धूप से दूर। जमना स्वाभाविक है: पिघलाने के लिए धीरे से गर्म करें।" };
const silkCare = { careEn: "Dry clean or hand wash cold with mild soap; dry in the shade.", careHi: "ड्राई क्लीन करें या ठंडे पानी में हल्के साबुन से हाथ से धोएँ; छाँव में सुखाएँ।" };
const cottonCare = { careEn: "Hand wash cold; the colours are natural and may soften over time.", careHi: "ठंडे पानी में हाथ से धोएँ; रंग प्राकृतिक हैं और समय के साथ हल्के हो सकते हैं।" };
const bambooCare = { careEn: "Wipe with a dry cloth; keep away from standing water.", careHi: "सूखे कपड़े से पोंछें; पानी से दूर रखें।" };
const woodCare = { careEn: "Hand wash, dry at once, and rub with beeswax now and then.", careHi: "हाथ से धोएँ, तुरंत सुखाएँ, और कभी-कभी मधुमोम लगाएँ।" };
const artCare = { careEn: "Frame behind glass and keep out of direct sunlight.", careHi: "काँच के पीछे फ़्रेम करें और सीधी धूप से दूर रखें।" };

const honey = (slug: string, maker: string | null, titleEn: string, titleHi: string, descriptionEn: string, descriptionHi: string, price250: number, region: string, featured = false): DemoProduct => ({
  slug,
  category: "honey",
  maker,
  titleEn,
  titleHi,
  descriptionEn,
  descriptionHi,
  materialsEn: "Raw honey, unheated and unfiltered beyond a cloth strainer, in a glass jar.",
  materialsHi: "कच्चा शहद, बिना गर्म किए, केवल कपड़े से छाना हुआ, काँच के जार में।",
  ...honeyCare,
  originRegion: region,
  hsCode: "0409.00",
  featured,
  variants: honeySizes(price250),
});

export const DEMO_PRODUCTS: DemoProduct[] = [
  honey("wildflower-honey", "iba", "Wildflower honey", "जंगली फूलों का शहद", "A light, floral honey from the spring flowering in Ri-Bhoi, gathered by Iba's hives at the edge of the orchards.", "री-भोई के वसंत के फूलों से हल्का, सुगंधित शहद, बाग़ों के किनारे इबा के छत्तों से।", 32_000, "Ri-Bhoi, Meghalaya", true),
  honey("litchi-honey", "iba", "Litchi blossom honey", "लीची के फूलों का शहद", "Pale gold honey with the scent of litchi blossom; thick and sweet, lovely on yoghurt.", "लीची के फूलों की सुगंध वाला हल्का सुनहरा शहद; गाढ़ा और मीठा, दही के साथ बढ़िया।", 36_000, "Ri-Bhoi, Meghalaya"),
  honey("forest-honey", "kyntiew", "Wild forest honey", "वन्य वन शहद", "Dark, rich honey from the wild flowers of the Jaintia hill forests. Strong enough for tea and cooking.", "जयंतिया पहाड़ियों के जंगलों के जंगली फूलों से गहरा, भरपूर शहद। चाय और खाना पकाने के लिए उपयुक्त।", 38_000, "West Jaintia Hills, Meghalaya", true),
  honey("multiflora-honey", "kyntiew", "Multiflora hill honey", "बहुपुष्प पहाड़ी शहद", "Honey from many flowers across a whole season: balanced, everyday honey.", "पूरे मौसम के कई फूलों से शहद: संतुलित, रोज़मर्रा का शहद।", 29_000, "West Jaintia Hills, Meghalaya"),
  honey("ginger-honey", "maker-10", "Honey with wild ginger", "जंगली अदरक वाला शहद", "Multiflora honey steeped with slices of Khasi ginger. Warming in winter tea.", "खासी अदरक के टुकड़ों के साथ बहुपुष्प शहद। सर्दियों की चाय में गर्माहट।", 34_000, "Ri-Bhoi, Meghalaya"),
  honey("cinnamon-honey", "maker-10", "Honey with cinnamon bark", "दालचीनी वाला शहद", "Hill honey infused with local cinnamon bark for three weeks.", "तीन सप्ताह तक स्थानीय दालचीनी के साथ रखा पहाड़ी शहद।", 34_000, "Ri-Bhoi, Meghalaya"),
  honey("comb-honey", "iba", "Raw comb honey", "कच्चा छत्ता शहद", "A piece of the comb itself, as the bees capped it. Eat the wax too.", "मधुमक्खियों द्वारा बंद किया गया छत्ते का एक टुकड़ा। मोम भी खाया जा सकता है।", 45_000, "Ri-Bhoi, Meghalaya"),
  honey("winter-honey", "kyntiew", "Winter honey", "सर्दियों का शहद", "A small harvest from winter flowers; it crystallises into a creamy spread.", "सर्दियों के फूलों से थोड़ी सी फ़सल; यह जमकर मलाईदार हो जाता है।", 40_000, "West Jaintia Hills, Meghalaya"),
  honey("orange-blossom-honey", null, "Orange blossom honey", "संतरे के फूलों का शहद", "From the cooperative's shared hives near the orange groves of the southern slopes.", "दक्षिणी ढलानों के संतरे के बाग़ों के पास सहकारी समिति के साझा छत्तों से।", 33_000, "East Khasi Hills, Meghalaya"),
  { ...honey("honey-gift-box", null, "Honey tasting box", "शहद चखने का डिब्बा", "Four small jars — wildflower, litchi, forest and winter — in a bamboo box made at the cooperative.", "चार छोटे जार — जंगली फूल, लीची, वन और सर्दी — सहकारी समिति में बने बाँस के डिब्बे में।", 0, "Meghalaya"), variants: [{ optionEn: "4 × 100 g", optionHi: "4 × 100 ग्राम", priceInr: 120_000, weightGrams: 900 }] },

  { slug: "eri-silk-stole-indigo", category: "handloom", maker: "daphi", titleEn: "Eri silk stole", titleHi: "एरी रेशम स्टोल", descriptionEn: "A soft, warm stole of eri ('peace') silk, spun and woven by hand and dyed with plant colours.", descriptionHi: "एरी ('अहिंसा') रेशम का मुलायम, गर्म स्टोल, हाथ से काता और बुना, पौधों के रंगों से रंगा।", materialsEn: "Eri silk, natural dyes (indigo, lac, turmeric).", materialsHi: "एरी रेशम, प्राकृतिक रंग (नील, लाख, हल्दी)।", ...silkCare, originRegion: "Ri-Bhoi, Meghalaya", hsCode: "6214.10", featured: true, variants: colours(340_000, 220, [["Indigo", "नील"], ["Lac red", "लाख लाल"], ["Turmeric", "हल्दी"]]) },
  { slug: "eri-silk-shawl", category: "handloom", maker: "daphi", titleEn: "Eri silk shawl", titleHi: "एरी रेशम शॉल", descriptionEn: "A full-size shawl in undyed eri silk, with a simple diamond border.", descriptionHi: "बिना रंगे एरी रेशम की पूरी शॉल, सादे हीरे की किनारी के साथ।", materialsEn: "Eri silk, undyed.", materialsHi: "एरी रेशम, बिना रंग का।", ...silkCare, originRegion: "Ri-Bhoi, Meghalaya", hsCode: "6214.10", variants: colours(620_000, 480, [["Natural", "प्राकृतिक"]]) },
  { slug: "muga-silk-stole", category: "handloom", maker: "rani", titleEn: "Muga silk stole", titleHi: "मूगा रेशम स्टोल", descriptionEn: "The golden silk of Assam, which grows brighter with every wash. Woven with a red border.", descriptionHi: "असम का सुनहरा रेशम, जो हर धुलाई के साथ और चमकता है। लाल किनारी के साथ बुना।", materialsEn: "Muga silk, cotton border thread.", materialsHi: "मूगा रेशम, सूती किनारी का धागा।", ...silkCare, originRegion: "Sualkuchi, Assam", hsCode: "6214.10", featured: true, variants: colours(650_000, 200, [["Golden with red border", "लाल किनारी वाला सुनहरा"], ["Golden with green border", "हरी किनारी वाला सुनहरा"]]) },
  { slug: "muga-silk-scarf", category: "handloom", maker: "rani", titleEn: "Muga silk scarf", titleHi: "मूगा रेशम स्कार्फ़", descriptionEn: "A narrow scarf of muga silk, light enough for summer evenings.", descriptionHi: "मूगा रेशम का पतला स्कार्फ़, गर्मियों की शामों के लिए हल्का।", materialsEn: "Muga silk.", materialsHi: "मूगा रेशम।", ...silkCare, originRegion: "Sualkuchi, Assam", hsCode: "6214.10", variants: colours(380_000, 120, [["Golden", "सुनहरा"]]) },
  { slug: "khasi-check-scarf", category: "handloom", maker: "mary", titleEn: "Khasi check cotton scarf", titleHi: "खासी चेक सूती स्कार्फ़", descriptionEn: "An everyday cotton scarf in the checks worn across the Khasi hills.", descriptionHi: "खासी पहाड़ियों में पहने जाने वाले चेक में रोज़मर्रा का सूती स्कार्फ़।", materialsEn: "Handspun cotton.", materialsHi: "हाथ से काता सूत।", ...cottonCare, originRegion: "Shillong, Meghalaya", hsCode: "6214.90", variants: colours(120_000, 150, [["Maroon and white", "मैरून और सफ़ेद"], ["Blue and white", "नीला और सफ़ेद"], ["Green and black", "हरा और काला"]]) },
  { slug: "cotton-table-runner", category: "handloom", maker: "mary", titleEn: "Cotton table runner", titleHi: "सूती टेबल रनर", descriptionEn: "A long runner in Khasi checks, woven in one piece.", descriptionHi: "खासी चेक में एक ही टुकड़े में बुना लंबा रनर।", materialsEn: "Handspun cotton.", materialsHi: "हाथ से काता सूत।", ...cottonCare, originRegion: "Shillong, Meghalaya", hsCode: "6302.51", variants: colours(95_000, 250, [["Maroon", "मैरून"], ["Indigo", "नील"]]) },
  { slug: "jainsem-fabric", category: "handloom", maker: "maker-09", titleEn: "Woven fabric length", titleHi: "बुने कपड़े की लंबाई", descriptionEn: "Two metres of eri and cotton cloth for tailoring, woven at the cooperative.", descriptionHi: "सिलाई के लिए एरी और सूती कपड़े के दो मीटर, सहकारी समिति में बुने।", materialsEn: "Eri silk and cotton.", materialsHi: "एरी रेशम और सूत।", ...silkCare, originRegion: "Ri-Bhoi, Meghalaya", hsCode: "5007.90", variants: colours(280_000, 400, [["Rust", "जंग-लाल"], ["Forest green", "वन हरा"]]) },
  { slug: "eri-baby-blanket", category: "handloom", maker: "maker-09", titleEn: "Eri silk baby blanket", titleHi: "एरी रेशम शिशु कंबल", descriptionEn: "A small, warm blanket, soft enough for a newborn.", descriptionHi: "एक छोटा, गर्म कंबल, नवजात के लिए भी मुलायम।", materialsEn: "Eri silk, undyed.", materialsHi: "एरी रेशम, बिना रंग का।", ...silkCare, originRegion: "Ri-Bhoi, Meghalaya", hsCode: "6301.90", variants: colours(450_000, 500, [["Natural", "प्राकृतिक"]]) },
  { slug: "striped-stole", category: "handloom", maker: "daphi", titleEn: "Striped eri stole", titleHi: "धारीदार एरी स्टोल", descriptionEn: "Eri silk with stripes of indigo and lac, a little lighter than the plain stole.", descriptionHi: "नील और लाख की धारियों वाला एरी रेशम, सादे स्टोल से थोड़ा हल्का।", materialsEn: "Eri silk, natural dyes.", materialsHi: "एरी रेशम, प्राकृतिक रंग।", ...silkCare, originRegion: "Ri-Bhoi, Meghalaya", hsCode: "6214.10", variants: colours(300_000, 190, [["Indigo stripes", "नील धारियाँ"], ["Lac stripes", "लाख धारियाँ"]]) },
  { slug: "cotton-shawl", category: "handloom", maker: null, titleEn: "Winter cotton shawl", titleHi: "सर्दियों की सूती शॉल", descriptionEn: "A heavy cotton shawl woven by the cooperative's training group.", descriptionHi: "सहकारी समिति के प्रशिक्षण समूह द्वारा बुनी गई भारी सूती शॉल।", materialsEn: "Cotton.", materialsHi: "सूत।", ...cottonCare, originRegion: "Shillong, Meghalaya", hsCode: "6214.90", variants: colours(180_000, 450, [["Grey", "स्लेटी"], ["Maroon", "मैरून"]]) },
  { slug: "silk-pouch", category: "handloom", maker: "rani", titleEn: "Muga silk pouch", titleHi: "मूगा रेशम थैली", descriptionEn: "A small drawstring pouch made from muga offcuts.", descriptionHi: "मूगा की कतरनों से बनी डोरी वाली छोटी थैली।", materialsEn: "Muga silk, cotton lining.", materialsHi: "मूगा रेशम, सूती अस्तर।", ...silkCare, originRegion: "Sualkuchi, Assam", hsCode: "4202.32", variants: colours(65_000, 60, [["Golden", "सुनहरा"]]) },
  { slug: "woven-cushion-cover", category: "handloom", maker: "mary", titleEn: "Woven cushion cover", titleHi: "बुना कुशन कवर", descriptionEn: "A 40 cm cushion cover in Khasi checks, with a wooden button.", descriptionHi: "खासी चेक में 40 सेमी का कुशन कवर, लकड़ी के बटन के साथ।", materialsEn: "Handspun cotton, wooden button.", materialsHi: "हाथ से काता सूत, लकड़ी का बटन।", ...cottonCare, originRegion: "Shillong, Meghalaya", hsCode: "6304.92", status: "pending_approval", variants: colours(85_000, 180, [["Maroon", "मैरून"]]) },

  { slug: "bamboo-market-basket", category: "handicrafts", maker: "bina", titleEn: "Bamboo market basket", titleHi: "बाँस की बाज़ार टोकरी", descriptionEn: "A sturdy basket of split bamboo with a cane handle, for the market or the picnic.", descriptionHi: "बेंत के हैंडल के साथ चीरे हुए बाँस की मज़बूत टोकरी, बाज़ार या पिकनिक के लिए।", materialsEn: "Bamboo, cane.", materialsHi: "बाँस, बेंत।", ...bambooCare, originRegion: "East Khasi Hills, Meghalaya", hsCode: "4602.11", featured: true, variants: colours(110_000, 600, [["Medium", "मध्यम"], ["Large", "बड़ी"]]) },
  { slug: "cane-fruit-tray", category: "handicrafts", maker: "bina", titleEn: "Cane fruit tray", titleHi: "बेंत की फल ट्रे", descriptionEn: "A shallow, round tray of coiled cane.", descriptionHi: "कुंडलित बेंत की उथली, गोल ट्रे।", materialsEn: "Cane.", materialsHi: "बेंत।", ...bambooCare, originRegion: "East Khasi Hills, Meghalaya", hsCode: "4602.11", variants: colours(75_000, 350, [["Natural", "प्राकृतिक"]]) },
  { slug: "khoh-carrying-basket", category: "handicrafts", maker: "maker-11", titleEn: "Conical carrying basket", titleHi: "शंक्वाकार ढोने वाली टोकरी", descriptionEn: "The tall conical basket carried on the back in the Khasi hills, in a small size for the home.", descriptionHi: "खासी पहाड़ियों में पीठ पर ढोई जाने वाली ऊँची शंक्वाकार टोकरी, घर के लिए छोटे आकार में।", materialsEn: "Bamboo.", materialsHi: "बाँस।", ...bambooCare, originRegion: "East Khasi Hills, Meghalaya", hsCode: "4602.11", variants: colours(160_000, 900, [["Small", "छोटी"]]) },
  { slug: "bamboo-lamp", category: "handicrafts", maker: "maker-11", titleEn: "Woven bamboo lamp shade", titleHi: "बुना बाँस का लैंप शेड", descriptionEn: "An open-weave shade that throws patterns of light on the walls.", descriptionHi: "खुली बुनाई का शेड जो दीवारों पर रोशनी के पैटर्न बनाता है।", materialsEn: "Bamboo.", materialsHi: "बाँस।", ...bambooCare, originRegion: "East Khasi Hills, Meghalaya", hsCode: "9405.99", variants: colours(140_000, 500, [["Round", "गोल"], ["Tall", "ऊँचा"]]) },
  { slug: "wooden-salad-bowl", category: "handicrafts", maker: "sunita", titleEn: "Wooden salad bowl", titleHi: "लकड़ी का सलाद कटोरा", descriptionEn: "Turned from fallen gamari wood and finished with beeswax.", descriptionHi: "गिरी हुई गमारी लकड़ी से खराद पर बना और मधुमोम से चमकाया गया।", materialsEn: "Gamari wood, beeswax.", materialsHi: "गमारी लकड़ी, मधुमोम।", ...woodCare, originRegion: "Guwahati, Assam", hsCode: "4419.90", featured: true, variants: colours(150_000, 700, [["25 cm", "25 सेमी"], ["30 cm", "30 सेमी"]]) },
  { slug: "wooden-spoon-set", category: "handicrafts", maker: "sunita", titleEn: "Set of wooden spoons", titleHi: "लकड़ी के चम्मचों का सेट", descriptionEn: "Three cooking spoons, each carved by hand.", descriptionHi: "तीन खाना पकाने वाले चम्मच, हर एक हाथ से तराशा।", materialsEn: "Gamari wood, beeswax.", materialsHi: "गमारी लकड़ी, मधुमोम।", ...woodCare, originRegion: "Guwahati, Assam", hsCode: "4419.90", variants: colours(60_000, 200, [["Set of 3", "3 का सेट"]]) },
  { slug: "bamboo-coasters", category: "handicrafts", maker: null, titleEn: "Bamboo coasters", titleHi: "बाँस के कोस्टर", descriptionEn: "Six woven coasters, made by the cooperative's newest basket makers.", descriptionHi: "छह बुने कोस्टर, सहकारी समिति के सबसे नए टोकरी बनाने वालों द्वारा।", materialsEn: "Bamboo.", materialsHi: "बाँस।", ...bambooCare, originRegion: "East Khasi Hills, Meghalaya", hsCode: "4602.11", variants: colours(35_000, 150, [["Set of 6", "6 का सेट"]]) },
  { slug: "beeswax-candles", category: "handicrafts", maker: "iba", titleEn: "Beeswax candles", titleHi: "मधुमोम की मोमबत्तियाँ", descriptionEn: "Hand-dipped candles from the wax of Iba's hives; they smell faintly of honey.", descriptionHi: "इबा के छत्तों के मोम से हाथ से डुबोकर बनी मोमबत्तियाँ; इनमें शहद की हल्की महक है।", materialsEn: "Beeswax, cotton wick.", materialsHi: "मधुमोम, सूती बत्ती।", careEn: "Trim the wick; never leave a candle burning alone.", careHi: "बत्ती काटें; जलती मोमबत्ती को कभी अकेला न छोड़ें।", originRegion: "Ri-Bhoi, Meghalaya", hsCode: "3406.00", variants: colours(48_000, 300, [["Pair", "जोड़ी"]]) },
  { slug: "wooden-honey-dipper", category: "handicrafts", maker: "sunita", titleEn: "Wooden honey dipper", titleHi: "लकड़ी का शहद डिपर", descriptionEn: "A turned dipper to go with the honey.", descriptionHi: "शहद के साथ इस्तेमाल के लिए खराद पर बना डिपर।", materialsEn: "Gamari wood.", materialsHi: "गमारी लकड़ी।", ...woodCare, originRegion: "Guwahati, Assam", hsCode: "4419.90", variants: colours(25_000, 50, [["One", "एक"]]) },
  { slug: "cane-stool", category: "handicrafts", maker: "maker-11", titleEn: "Cane stool", titleHi: "बेंत का स्टूल", descriptionEn: "A low stool of cane and bamboo, strong enough for an adult.", descriptionHi: "बेंत और बाँस का नीचा स्टूल, वयस्क के लिए भी मज़बूत।", materialsEn: "Cane, bamboo.", materialsHi: "बेंत, बाँस।", ...bambooCare, originRegion: "East Khasi Hills, Meghalaya", hsCode: "9401.59", status: "draft", variants: colours(240_000, 3_500, [["Natural", "प्राकृतिक"]]) },

  { slug: "market-day-painting", category: "art", maker: "lalnun", titleEn: "Market day (painting)", titleHi: "बाज़ार का दिन (चित्र)", descriptionEn: "Acrylic on canvas: the Saturday market in Aizawl, crowded and bright.", descriptionHi: "कैनवास पर ऐक्रेलिक: आइज़ोल का शनिवार बाज़ार, भीड़भाड़ और चमक भरा।", materialsEn: "Acrylic on canvas, 40 × 50 cm, unframed.", materialsHi: "कैनवास पर ऐक्रेलिक, 40 × 50 सेमी, बिना फ़्रेम।", ...artCare, originRegion: "Aizawl, Mizoram", hsCode: "9701.10", featured: true, variants: colours(1_200_000, 900, [["Original", "मूल"]]) },
  { slug: "hills-at-dusk-print", category: "art", maker: "lalnun", titleEn: "Hills at dusk (print)", titleHi: "साँझ में पहाड़ियाँ (प्रिंट)", descriptionEn: "A signed giclée print of Lalnun's painting of the hills at dusk.", descriptionHi: "साँझ में पहाड़ियों के लालनुन के चित्र का हस्ताक्षरित जिक्ली प्रिंट।", materialsEn: "Archival pigment print on cotton paper, A3.", materialsHi: "सूती काग़ज़ पर संग्रहणीय पिगमेंट प्रिंट, A3।", ...artCare, originRegion: "Aizawl, Mizoram", hsCode: "4911.91", variants: colours(250_000, 300, [["A3", "A3"], ["A4", "A4"]]) },
  { slug: "weaver-at-loom-painting", category: "art", maker: "maker-12", titleEn: "Weaver at the loom (painting)", titleHi: "करघे पर बुनकर (चित्र)", descriptionEn: "Watercolour of a weaver at work, by a painter of the network.", descriptionHi: "काम करती बुनकर का जलरंग चित्र, नेटवर्क के एक चित्रकार द्वारा।", materialsEn: "Watercolour on paper, 30 × 40 cm.", materialsHi: "काग़ज़ पर जलरंग, 30 × 40 सेमी।", ...artCare, originRegion: "Shillong, Meghalaya", hsCode: "9701.10", variants: colours(650_000, 400, [["Original", "मूल"]]) },
  { slug: "river-boats-painting", category: "art", maker: "maker-12", titleEn: "River boats (painting)", titleHi: "नदी की नावें (चित्र)", descriptionEn: "Boats on the Umngot river, in gouache.", descriptionHi: "उमंगोट नदी पर नावें, गुआश में।", materialsEn: "Gouache on paper, 30 × 40 cm.", materialsHi: "काग़ज़ पर गुआश, 30 × 40 सेमी।", ...artCare, originRegion: "Shillong, Meghalaya", hsCode: "9701.10", variants: colours(580_000, 400, [["Original", "मूल"]]) },
  { slug: "honeybee-print", category: "art", maker: "lalnun", titleEn: "Honeybee (print)", titleHi: "मधुमक्खी (प्रिंट)", descriptionEn: "A small print made for the cooperative's honey season.", descriptionHi: "सहकारी समिति के शहद के मौसम के लिए बनाया गया छोटा प्रिंट।", materialsEn: "Pigment print on cotton paper, A4.", materialsHi: "सूती काग़ज़ पर पिगमेंट प्रिंट, A4।", ...artCare, originRegion: "Aizawl, Mizoram", hsCode: "4911.91", variants: colours(120_000, 200, [["A4", "A4"]]) },
  { slug: "loom-patterns-print-set", category: "art", maker: null, titleEn: "Loom patterns (set of prints)", titleHi: "करघे के पैटर्न (प्रिंट का सेट)", descriptionEn: "Four prints of weaving patterns drawn by the cooperative's weavers.", descriptionHi: "सहकारी समिति के बुनकरों द्वारा बनाए गए बुनाई पैटर्न के चार प्रिंट।", materialsEn: "Pigment prints on cotton paper, A5.", materialsHi: "सूती काग़ज़ पर पिगमेंट प्रिंट, A5।", ...artCare, originRegion: "Meghalaya", hsCode: "4911.91", variants: colours(180_000, 250, [["Set of 4", "4 का सेट"]]) },
  { slug: "old-hill-painting", category: "art", maker: "lalnun", titleEn: "Village on the old hill (painting)", titleHi: "पुरानी पहाड़ी पर गाँव (चित्र)", descriptionEn: "An early painting, sold.", descriptionHi: "एक आरंभिक चित्र, बिक चुका।", materialsEn: "Acrylic on board.", materialsHi: "बोर्ड पर ऐक्रेलिक।", ...artCare, originRegion: "Aizawl, Mizoram", hsCode: "9701.10", status: "archived", variants: colours(900_000, 800, [["Original", "मूल"]]) },
];
