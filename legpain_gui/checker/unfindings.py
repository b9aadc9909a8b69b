"""Words that name no finding of the patient's, read as a whole by the text reader (checker.extract) so that no
finding is read inside them."""
from __future__ import annotations

# Words that name no finding on their own, read as a whole so that no finding is read inside them: a
# tenderness needs its site ('calf tenderness' is still read); an aspiration in a clinical text is a
# procedure ('knee aspiration'), not HPO's pulmonary aspiration; 'irritable' describes an EMG or a bowel;
# cerebellar signs are examined, not the cerebellum's morphology; epidural lipomatosis is not multiple
# lipomas; skin depressions are not the mood. A bacterium's species name is no disease ('Streptococcus
# pneumoniae' is not pneumonia, 'Haemophilus influenzae' not influenza), whatever the genus is written as.
SPECIES = ("pneumoniae", "influenzae", "agalactiae")  # 'Streptococcus agalactiae' is no failure of lactation
GENERA = ("streptococcus", "streptococci", "group b streptococcus", "klebsiella", "mycoplasma", "chlamydia",
          "chlamydophila", "haemophilus", "s", "k", "m", "h")
NOT_FINDINGS = ("tender", "tenderness", "aspiration", "irritable", "cerebellar sign", "epidural lipomatosis",
                "received in a wheelchair", "brought in a wheelchair", "arrived in a wheelchair",  # how
                # the patient came (often for pain), not a loss of walking
                "anxious appearing",  # a look, not an anxiety disorder
                "pale centres", "pale centers", "pale centre", "pale center",
                "pain killers", "pain killer", "painkillers", "painkiller", "pain medication", "pain medications",
                "pain relief", "pain reliever", "pain relievers",  # drugs: 'did not respond to pain killers'
                "glasgow coma scale", "glasgow coma score",  # a score ('GCS was 13'), no coma  # 'haemorrhages with pale centres'
                "hypoesthetic patches", "hypoaesthetic patches", "hypoesthetic patch", "anesthetic patches",  # a
                # leprosy screen's skin patches: no sensory loss of the legs denied
                "laryngeal tumor", "laryngeal tumour", "laryngeal carcinoma cells",  # HEp-2 cells, a laboratory line
                "overgrowth of epidural fat", "epidural fat overgrowth",  # epidural lipomatosis, no body overgrowth
                "glycated hemoglobin", "glycosylated hemoglobin", "glycated haemoglobin", "glycosylated haemoglobin",
                # HbA1c, a measure of blood sugar: its fall is no anaemia
                "falling asleep", "fell asleep", "elevated temperature of the overlying skin", "temperature of the overlying skin",
                "increased temperature of the overlying skin",  # sleep, no fall; the skin's warmth,
                # no fever ('elevated temperature of the overlying skin': session 39)
                "localised increase in temperature", "localized increase in temperature", "local increase in temperature",
                "increased local temperature", "local temperature increase",  # a warm limb, no fever
                "cord edema", "cord oedema",  # the spinal cord's swelling on MRI, no oedema of the limbs (after 'cord
                # compression and edema' the edema is checker.rereading.muscle_oedema's)
                "edema of the arterial wall", "oedema of the arterial wall", "arterial wall edema", "arterial wall oedema",
                "vessel wall edema", "vessel wall oedema",  # a halo on ultrasound (giant cell arteritis), no limb oedema
                "undetectable viraemia", "undetectable viremia",  # a treated infection's viral load: no viraemia
                "lupus pernio",  # sarcoidosis of the skin, no systemic lupus erythematosus
                "first attack", "the first attack", "a first attack",  # one attack so far, no relapsing course
                "typical attack", "typical attacks", "usual attack", "usual attacks", "fibromyalgia attack",  # 'not like
                # her typical attack': a comparison, no relapsing course
                "response to pain", "no response to pain", "responsive to pain", "response to painful stimuli",  # a level
                # of consciousness tested, no pain of the patient's
                "cough reflex", "gag reflex", "gag and cough reflex", "gag and cough reflexes", "cough and gag reflexes",
                "pupillary light reflexes", "pupillary light reflex", "pupillary reflexes", "light reflexes",
                "corneal reflexes", "corneal reflex",  # reflexes of the throat and eyes: no cough, no tendon reflexes
                "abscess culture", "pus culture",  # a culture of the pus: the abscess stays
                "focal weakness",  # 'denied focal weakness' (a stroke screen) says nothing of the weakness of the legs
                "local fever", "local warmth",  # a warm limb, no raised body temperature
                "gastric erythema", "mucosal erythema", "erythematous mucosa", "antral erythema", "duodenal erythema",
                # the gut's lining at endoscopy, not the skin's redness
                "inflammatory tumor", "inflammatory tumour",  # a swelling (an abscess, a phlegmon), no cancer
                "fall in his urine output", "fall in her urine output", "fall in urine output", "fall in the urine output",
                "remained intubated", "remain intubated",  # kept on the ventilator after an operation, no respiratory
                # failure
                "preserved strength", "preserved muscle strength", "preserved power",  # strength kept: no weakness
                "aggressive",  # an aggressive disease or treatment ('aggressive fluid resuscitation', 'an aggressive
                # gangrene'), never the patient's aggressive behaviour
                "contact with tuberculosis", "tuberculosis contact", "contact with tb", "tb contact",  # an exposure, no TB
                "plethora of", "a plethora", "the plethora",  # 'a plethora of other conditions': a great many, no facial plethora
                "collecting", "collected",  # 'after collecting synovial fluid samples': a procedure, no collectionism
                "smoking marijuana", "smoking cannabis", "smoked marijuana", "smoked cannabis",  # cannabis, not tobacco
                "retention polyp", "retention cyst", "retention polyps", "retention cysts",  # a sinus's, no urinary retention
                "mute plantar", "mute plantars", "plantars mute", "plantar responses were mute", "mute babinski",  # no plantar response, no mutism
                "myositis specific", "myositis associated", "myositis panel",  # antibodies tested, not myositis
                "colds", "coughs or colds", "intramuscular edema", "intramuscular oedema",  # a cold (an infection), not
                # cold skin; muscle signal on MRI, not a swollen limb
                "weak positive", "weakly positive", "weak positively",  # a crystal's birefringence, not muscle weakness
                "electrolyte imbalance", "electrolyte imbalances",  # a blood chemistry, not a balance disorder
                "benign tumor", "benign tumour", "benign tumors", "benign tumours", "benign neoplasm",  # not a cancer
                "before the fall", "during the fall", "after the fall", "following the fall", "after falling",
                "before or after falling",  # the event a symptom list is timed by, not falls ('no syncope before or
                # after the fall'); 'after a fall' is an injury (findings.yaml)
                "fear of fall", "fear of falling", "fear of falls",  # a fear, no fall (tester ir)
                "dorsiflexors and plantar flexors", "plantar flexors and dorsiflexors", "ankle plantar flexors",
                "the plantar flexors", "plantar flexors were",  # the ankle's muscles, no plantar response (tester iw)
                "pseudo-abscess", "pseudoabscess", "pseudo abscess",  # no abscess (tester iz)
                "from neutrophilic to", "neutrophilic infiltrate", "neutrophilic infiltration", "neutrophilic infiltrates",
                "neutrophilic inflammation",  # a biopsy's cells, no blood count (tester it)
                "minimal range of motion loss", "minimal range of motion restriction", "minimal range of motion limitation",
                "minimal range of motion deficit", "minimal range of motion reduction",  # nearly full movement
                "st depression", "st segment depression", "st-segment depression", "segment depression",  # the ECG's
                "neutrophilic dermatosis", "neutrophilic dermatoses",  # a class of skin disease, no blood neutrophilia
                "stroke prevention", "stroke prophylaxis", "prevention of stroke",  # a drug's purpose ('warfarin for
                # secondary stroke prevention'), no stroke now; never across a comma (checker.lexicon: 'He had a stroke,
                # prevention of a further event was discussed')
                "diabetic complications", "diabetic complication",  # 'no diabetic complications': the diabetes stays
                "palate elevation", "palatal elevation", "soft palate elevation",  # a movement examined, not a high palate
                "skin depression", "slowness", "muscle edema", "muscle oedema",  # signal on MRI, not swelling of the limb (bone marrow oedema is
                # read as the MRI finding it is: db/phrases.yaml)
                "cold water", "cold weather", "cold exposure", "cold environment",  # the patient's skin is not cold
                "a cold water", "a cold weather", "a cold environment", "a cold room", "a cold day",  # nor 'a cold'
                "in the cold", "to the cold", "in cold", "white in cold", "exposure to cold", "triggered by cold",
                "on exposure to cold", "exposed to cold", "with cold", "by cold",  # 'purpura worse in the cold': the weather, not the skin
                "on coughing", "worse with coughing", "pain with coughing", "when coughing", "coughing and sneezing", "coughing or sneezing",
                "muscle was pale", "pale muscle", "muscle pale", "pale but contractile",  # seen at fasciotomy, no pallor
                "igg index", "raised igg index", "csf igg index", "pseudo conduction block",  # length-dependent: no block  # the CSF's, not the serum IgG
                "by coughing", "on coughing or sneezing", "by coughing or sneezing",  # 'aggravated by coughing'
                "long finger flexors", "long finger flexor",  # a muscle named ('weakness of the long finger flexors')
                "pr normal tone", "normal anal tone",  # a rectal examination's normal result: no muscle hypertonia
                "on sneezing", "coughing makes it worse", "coughing makes the pain worse", "coughing worsens",
                # what makes a pain worse: no cough of the patient's
                "falling to", "fell to",  # 'fevers falling to normal': a value, not a fall
                "l and falling", "liter and falling", "liters and falling",  # 'FVC 2.1 L and falling': a value
                "oncology", "oncologist", "oncology clinic",  # a service referred to, not a cancer found
                "cancer association", "association with cancer", "cancer screening", "screening for cancer",
                "cancer screen", "malignancy screen", "malignancy screening", "screen for malignancy",
                "screening for malignancy", "malignancy work-up", "malignancy workup", "malignancy work up",
                "malignancy evaluation", "malignancy search", "investigations for malignancy", "investigation for malignancy",
                "investigated for malignancy", "evaluated for malignancy", "screened for malignancy", "red flags such as malignancy",
                "red flags including malignancy", "red flag such as malignancy",  # a search for a cancer (dermatomyositis),
                # or what is looked for (review 2 of session 43), not one found
                "loss of weight-bearing", "loss of weight bearing", "loss of weightbearing",  # standing on the leg, not
                # body weight (session 43)
                "when afebrile", "while afebrile", "fades when afebrile",
                "salt retention", "sodium retention",  # no urine held back ('fluid retention' is oedema)
                "resembling bruises", "resembling a bruise", "resembled bruises",  # a lesion's look (erythema nodosum)
                "elicit pain", "provoke pain", "reproduce pain", "reproduce the pain", "elicit any pain",  # a test's
                # result ('SLR does not elicit pain'), not the patient's pain
                "alcoholic drink", "alcoholic drinks", "alcoholic beverage", "alcoholic beverages",  # a drink, no addiction
                "overlying raised temperature", "raised skin temperature", "high skin temperature", "skin temperature",
                # the skin's warmth, not a fever
                "straining or coughing", "coughing or straining", "melanoma differentiation associated",  # anti-MDA5
                "mi 2", "membrane irritability",  # the Mi-2 antibody; an EMG finding
                "tumour markers", "tumor markers", "tumour marker", "tumor marker",  # a test, no cancer
                "falling out", "atherosclerotic risk factor", "atherosclerotic risk factors",  # hair falling out: no falls
                "dullness", "abdominal reflex", "abdominal reflexes",  # not the tendon reflexes (phrases read them)  # percussion ('cardiac dullness')
                "dull",  # a pain's quality ('dull low back pain'), not HPO's lethargy
                "liver function test", "liver function tests",  # a test (HPO's 'LFT' is a filum terminale lipoma)
                "resting pain score", "pain score at rest", "mass with central necrosis", "masses with central necrosis", "tumour with central necrosis", "tumor with central necrosis", "node with central necrosis", "nodes with central necrosis", "centrally necrotic mass", "urinary creatinine", "urine creatinine", "creatinine clearance", "ventricular hypokinesia", "ventricular hypokinesis", "wall hypokinesia", "wall motion hypokinesia",  # a urine test, no raised blood creatinine; the heart's wall, no movement disorder (session 44)
                "presented like a viral illness", "presenting like a viral illness", "like a viral illness",  # how it looked, no preceding illness (session 44)
                "eosinophilic thrombi", "eosinophilic intracapillary thrombi", "eosinophilic material", "eosinophilic deposits", "eosinophilic hyaline",  # a stain's colour on a biopsy, no eosinophils (session 44)
                "nitrogen retention", "azotemia retention", "papillary muscle necrosis", "papillary muscle rupture", "weak gag reflex", "weak gag", "improved after exercise", "improves after exercise", "improve after exercise", "better after exercise", "eased after exercise", "relieved after exercise", "settled after exercise", "subsided after exercise", "resolved after exercise", "disappeared after exercise", "fell after exercise", "dropped after exercise", "decreased after exercise", "rest after exercise", "double ring sign", "double-ring sign",  # a blood urea, no urinary retention; a CT sign (session 45)
                "sore",  # alone an adjective ('sore red eyes', 'sore legs'), not HPO's foot ulcer ('pressure sore' is read)
                "small hand joints", "small joints of the hands",  # the joints named, no small hands
                "dark yellow", "urine dark yellow", "urine is dark yellow", "urine was dark yellow", "dark yellow urine",
                # concentrated urine, not the cola-dark urine of myoglobin
                "linear depressions", "depressions along", "groove sign",  # eosinophilic fasciitis: no mood disorder  # a rash's timing, not the patient now
                "can straight leg raise", "able to straight leg raise", "could straight leg raise",  # an active lift
                "spots",  # 'purpuric spots': the spots are the purpura, not pustules
                "not with rest", "worse with rest",  # (relief by rest is read by checker.patterns: claudication)
                # 'improves with exercise and not with rest': no rest pain (not 'presented with rest pain')
                "tumor necrosis factor", "tumor like",  # a cytokine (anti-TNF treatment); a mass only like one
                "spinal shock", "shock wave",  # loss of cord function after injury; a treatment: not circulatory shock
                "oral hypoglycemic",  # a drug class ('oral hypoglycaemic agents'), not a low blood sugar
                "ludwig angina", "ludwigs angina", "vincent angina",  # neck and mouth infections, not angina pectoris
                "temporal artery biopsy",  # a test: its result is read on its own
                "cholesterol crystal", "cholesterol crystals",  # emboli in a biopsy, not a joint's crystals
                "no sensory level", "without a sensory level", "no clear sensory level", "no truncal sensory level",
                "no definite sensory level", "no discrete sensory level",  # no cord level: numbness elsewhere is not denied
                "crossed slr", "crossed straight leg raise", "crossed straight leg raising",  # another test than SLR
                "allergies", "nkda", "nka",  # an allergy history's heading ('Allergies: NKDA'), not an allergy
                "sitting and coughing", "straining and coughing", "coughing and straining", "sneezing and coughing",
                "bending and coughing", "lifting and coughing",  # what makes a (root) pain worse, not a cough
                "when he coughs", "when she coughs", "coughs or sneezes", "cough or sneeze", "coughs and sneezes",
                "large fiber neuropathy", "large fibre neuropathy",  # denied beside a small-fibre one: not every
                # neuropathy
                "pathological collapse", "vertebral collapse", "vertebral body collapse", "wedge collapse",
                "collapse of", "wedging and collapse", "wedge and collapse", "collapse noted at", "collapse at the",  # a vertebra's collapse, not circulatory collapse (shock)
                "neutrophilic infiltrate", "neutrophilic infiltrates", "neutrophilic infiltration",
                "neutrophil infiltrate",  # in a biopsy, not the blood's neutrophilia
                "thrombophilia screen", "thrombophilia screening", "thrombophilia testing",  # a test's name
                "marrow edema", "marrow oedema",  # MRI signal, not a swollen limb
                "spinning class", "spin class",  # an exercise class (a trigger of rhabdomyolysis), not vertigo
                "yellow fever",  # a vaccine or a travel infection named, not the patient's fever
                "l falling", "is falling", "was falling", "now falling", "falling from", "falls from", "pressure falls",
                "pressure fell",  # 'FVC 2.1 L (falling)', 'Hb falling from 118', 'BP falls on standing': values, not falls
                "weak cough",  # the cough of weak breathing muscles, not a cough
                "falling hb", "falling hemoglobin", "falling platelets", "falling platelet count", "did not fall after",
                "failed to fall", "continued to fall",  # values that fall or do not: no fall of the patient's
                "lying down and coughing", "worse coughing",  # what makes a pain worse: no cough
                "myositis antibody panel", "myositis antibodies", "myositis specific antibodies",
                "myositis antibody", "myositis blot", "myositis line blot",  # a test's name: its result is no myositis
                "drug induced lupus", "neonatal lupus", "lupus like",  # not systemic lupus ('lupus' alone is)
                "functional impotence",  # loss of a limb's use in a Romance language's words, not erectile dysfunction
                "non necrotic", "nonnecrotic",  # 'invasion of non-necrotic fibres': no necrosis denied
                "healed ulcer", "healed ulcers", "healed ulceration",  # a scar of the past, not an ulcer now
                "joint crepitus", "patellofemoral crepitus", "retropatellar crepitus", "knee crepitus",
                "crepitus on movement", "crepitus on flexion", "crepitus on range of motion", "crepitus on motion",
                "effusion with crepitus", "crepitus in the knee", "crepitus of the knee", "crepitus over the knee",
                "bony crepitus", "crepitus in the joint",  # a joint's grating, not gas in the tissues
                "pain at rest",  # 'no pain at rest': neither the ischaemic rest pain nor pain in general
                "hair loss on the shin", "hair loss on the shins", "hair loss on the legs", "hair loss on the leg",
                "hair loss on the feet", "hair loss on the lower legs", "hair loss over the shins",
                # a sign of poor arterial supply to the skin, not alopecia
                "unable to walk more than", "cannot walk more than", "could not walk more than",
                "unable to walk further than", "unable to walk beyond", "can only walk",  # a walking distance
                "a minor fall", "a fall at home", "a mechanical fall",
                "relief of pain", "relief of the pain", "pain control",  # a treatment's effect
                "inverted v sign", "inverted v",  # the dorsal columns on a cord MRI, not the neck's V-sign rash
                "a fall from", "fall from a", "a fall onto",  # an injury's cause, not the symptom of falling
                "eye drops", "eye drop", "eyedrops",  # a treatment, not a drooping eyelid
                "familial mediterranean fever",  # an inherited fever syndrome named (a relative's), not a fever
                "hair loss on the foot", "hair loss on the toes", "hair loss on the dorsum",  # poor arterial supply
                "hair loss and shiny skin", "shiny skin and hair loss", "hair loss shiny skin",
                "with hair loss and shiny",
                "loss of hair on the", "hair loss on the lower limb", "hair loss on the lower limbs",
                "self isolation", "isolation for", "advised isolation",  # quarantine advice, not withdrawal
                "human immunodeficiency virus", "immunodeficiency virus",  # an HIV test, not the patient's immune state
                "mm induration", "mm of induration",  # a tuberculin test's reading, not the skin's
                "immunoglobulin g index",  # the CSF's IgG index, not the serum IgG level
                "pre diabetes", "prediabetes", "rheumatic fever",  # not diabetes, not a fever now
                "blood infection markers", "infection markers", "infection marker",  # tests for infection, no bacteraemia
                "tumour impingement", "tumor impingement",  # 'without direct tumour impingement': the cancer stays
                "fall practice", "fall season", "fall semester", "in the fall of", "last fall",  # autumn, no falls
                "dengue fever", "yellow fever", "typhoid fever", "scarlet fever", "q fever", "lassa fever",  # an infection
                # named ('Dengue fever was diagnosed'): the fever itself is read where the text reports it
                "igm was negative", "igm were negative", "igm negative", "igm was positive", "igm positive",  # a
                # serology's IgM class ('dengue IgG positive but IgM negative'), not the serum IgM level
                "confused with", "be confused with", "confused for",
                "relief in her pain", "relief in his pain", "relief of her pain", "relief of his pain",
                "relief in pain",  # 'without any relief in her pain': the relief is denied, not the pain
                "acne medication", "acne medications", "acne cream", "acne treatment",  # a drug applied, no acne
                "diabetic amyotrophy",  # a diagnosis (diabetic lumbosacral radiculoplexus neuropathy), no wasting seen
                "a fall of", "fall of",  # a value falling ('a fall of left-side values'), no fall ('a fall in his home' is)
                "borderline diabetes",  # a glucose near the threshold, no diabetes
                "ulcer base is pale", "base is pale", "pale base", "pale wound base",  # a wound bed, no pallor of the limb  # mistaken for a disease, no confusion of the mind
                "lupus reactivation", "reactivation of lupus", "sle reactivation", "reactivation of sle",  # an event of
                # the disease ('Lupus reactivation was not present during follow-up': session 42): a denial of it is no
                # denial of the lupus (named elsewhere as itself)
                "dehydrated and embedded", "dehydrated alcohol",  # a specimen's processing; an injected agent
                "stroke scale", "stroke scale score",  # the NIH Stroke Scale scored, no stroke ('NIHSS score was 6')
                "in activities", "in activity",  # read as HPO's 'inactivity' ('participating in activities': session 42)
                "unresponsive", "alone",  # HPO synonyms of confusional arousal and of social isolation that case
                # reports use otherwise ('unresponsive to conservative treatment', 'antibiotics alone')
                "guillain barret syndrome", "guillain barret", "guillain barrett syndrome", "guillain barrett",  # a
                # misspelt Guillain-Barre (a diagnosis, named by no HPO term), not Barrett's oesophagus (session 43)
                ) + tuple(f"{g} {s}" for g in GENERA for s in SPECIES) + tuple(
    f"{kind} {drug}" for kind in ("hypoglycemic", "hypolipidemic", "hypouricemic", "hypo uricemia", "hypouricemia")
    for drug in ("agent", "drug", "medication", "therapy", "treatment"))

