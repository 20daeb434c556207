/**
 * Vietnamese chat abbreviations and teencode, as citizens type them to the police.
 * Keys are lower-case words (either with diacritics or already folded); values are the full
 * words with diacritics. Extend the lists here, never inline in a matcher.
 */

const PLAIN_EXPANSIONS: ReadonlyArray<readonly [readonly string[], string]> = [
  // negation and common particles
  [["ko", "kô", "kg", "khg", "kh", "hok", "hông", "hem", "khum", "hổng", "hk", "khôg", "kbt"], "không"],
  [["dc", "đc", "đươc", "đuợc"], "được"],
  [["dk", "đk", "đky", "dky", "đki", "dki"], "đăng ký"],
  [["j", "ji", "gi"], "gì"],
  [["z", "v", "vl", "dzậy", "zậy", "zay", "vại", "dzay"], "vậy"],
  [["r", "ròi", "rùi", "oy", "roy", "rồiii"], "rồi"],
  [["ntn", "ntnao"], "như thế nào"],
  [["bn", "bnh", "baonhieu", "bnhiu"], "bao nhiêu"],
  [["bh", "bjo", "bgio", "bjh"], "bây giờ"],
  [["mk", "mik", "mìk", "mjk", "mềnh"], "mình"],
  [["vs", "vớj"], "với"],
  [["cx", "cg", "cũg"], "cũng"],
  [["ms", "mớj"], "mới"],
  [["trc", "trk"], "trước"],
  [["thui", "thoy", "thuj"], "thôi"],
  [["lun", "luon"], "luôn"],
  [["bít", "bik", "bjk", "bjet"], "biết"],
  [["nhìu", "nhiu"], "nhiều"],
  [["ng", "ngừ"], "người"],
  [["ngta"], "người ta"],
  [["mn", "mng"], "mọi người"],
  [["ae"], "anh em"],
  [["chx"], "chưa"],
  [["dag", "đag", "đangg"], "đang"],
  [["hnay", "hnai"], "hôm nay"],
  [["hqua", "hwa"], "hôm qua"],
  [["wa"], "qua"],
  [["wá"], "quá"],
  [["tgian", "tg"], "thời gian"],
  [["kq"], "kết quả"],
  [["ns"], "nói"],
  [["pls", "plz"], "làm ơn"],
  [["tks", "thks", "thanks", "thank", "thx", "tkss"], "cảm ơn"],
  [["ad", "adm", "admin"], "admin"],
  // panic typing: teencode and Telex left unconverted ("kíu zới", "cuwus vowis", "chays")
  [["kíu", "kứu", "cíu", "kiuu", "cuwus", "cuwu"], "cứu"],
  [["zới", "dzới", "zớiii", "vowis", "voí"], "với"],
  [["ddang", "dangg"], "đang"],
  [["chays", "cháyy"], "cháy"],
  [["cuwowps", "cuowps", "cướpp"], "cướp"],
  [["gium", "giùmm"], "giùm"],
  // documents and procedures
  [["cccd", "cccđ"], "căn cước công dân"],
  [["cmnd", "cmtnd"], "chứng minh nhân dân"],
  [["cmt"], "chứng minh thư"],
  [["ddcn", "đdcn"], "định danh cá nhân"],
  [["dddt", "đdđt", "ddđt"], "định danh điện tử"],
  [["hchieu", "passport", "pasport"], "hộ chiếu"],
  [["xnc"], "xuất nhập cảnh"],
  [["dkx", "đkx", "dkxe", "đkxe"], "đăng ký xe"],
  [["gplx", "blx"], "giấy phép lái xe"],
  [["cavet", "cavẹt", "càvẹt"], "cà vẹt"],
  [["dvc", "dvcqg"], "dịch vụ công"],
  [["ubnd"], "ủy ban nhân dân"],
  [["antt"], "an ninh trật tự"],
  [["pccc"], "phòng cháy chữa cháy"],
  [["csgt"], "cảnh sát giao thông"],
  [["cskv"], "cảnh sát khu vực"],
  [["caxa", "cax"], "công an xã"],
  [["sdt", "sđt"], "số điện thoại"],
  [["đt", "dt", "dthoai", "đthoai"], "điện thoại"],
  [["stk"], "số tài khoản"],
  [["tk"], "tài khoản"],
  [["ck"], "chuyển khoản"],
  [["fb", "facebok", "phây", "face"], "facebook"],
  [["zl"], "zalo"],
];

/** Exact-word expansions: safe regardless of the neighbouring words. */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(
  PLAIN_EXPANSIONS.flatMap(([keys, expansion]) => keys.map((key) => [key, expansion] as const)),
);

/** An ambiguous short form and the neighbours (folded) that make its meaning clear. */
export interface ContextualAbbreviation {
  expansion: string;
  appliesWhen: (previousFolded: string, nextFolded: string) => boolean;
}

const IDENTITY_BEFORE = new Set(["lam", "cap", "doi", "mat", "the", "so", "lai", "xin", "tich", "hop", "nop", "dung", "co"]);
const IDENTITY_AFTER = new Set(["gan", "chip", "moi", "cu", "bi", "het", "hong", "cua", "online", "cho", "o", "thi", "lan"]);

/**
 * Short forms that are also other words: "cc" is a vulgarism unless it sits next to identity
 * words ("làm cc", "cc gắn chip"); "k" after a number is "thousand" ("50 k"), otherwise "không";
 * "hs" is "hồ sơ" after "nộp/làm", otherwise left alone.
 */
export const CONTEXTUAL_ABBREVIATIONS: ReadonlyMap<string, ContextualAbbreviation> = new Map([
  [
    "cc",
    {
      expansion: "căn cước",
      appliesWhen: (previous, next) => IDENTITY_BEFORE.has(previous) || IDENTITY_AFTER.has(next),
    },
  ],
  ["k", { expansion: "không", appliesWhen: (previous) => !/^\d+$/.test(previous) }],
  ["hs", { expansion: "hồ sơ", appliesWhen: (previous) => ["nop", "lam", "bo", "chuan", "xin"].includes(previous) }],
]);
