import type { SeedUnit } from "./types.ts";

/**
 * Demo province: Công an tỉnh Phú Thọ after the 2025 reorganisation (Phú Thọ, Vĩnh Phúc and
 * Hòa Bình merged; no district level). Departments use the traditional codes; stations are
 * commune/ward police, each covering its own commune or ward.
 *
 * Commune and ward names follow Resolution 1676/NQ-UBTVQH15 (16/6/2025) as best known; the
 * aliases list the former districts, towns and wards that were merged into each one, which
 * citizens still type. They are demo data: an administrator should check them against the
 * province's official list before real use.
 */
export const demoProvinceUnits: SeedUnit[] = [
  { code: "CAT", name: "Công an tỉnh Phú Thọ", kind: "province", parentCode: null, wards: [] },

  // Staff offices
  { code: "PV01", name: "Phòng Tham mưu", kind: "department", parentCode: "CAT", wards: [] },
  {
    code: "TRUCBAN",
    name: "Trực ban Công an tỉnh",
    kind: "department",
    parentCode: "PV01",
    wards: [],
  },
  {
    code: "PV05",
    name: "Phòng Xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc",
    kind: "department",
    parentCode: "CAT",
    wards: [],
  },
  { code: "PV06", name: "Phòng Hồ sơ nghiệp vụ", kind: "department", parentCode: "CAT", wards: [] },
  { code: "TTRA", name: "Thanh tra Công an tỉnh", kind: "department", parentCode: "CAT", wards: [] },

  // Investigation and operational departments
  {
    code: "PC01",
    name: "Văn phòng Cơ quan Cảnh sát điều tra",
    kind: "department",
    parentCode: "CAT",
    wards: [],
  },
  { code: "PC02", name: "Phòng Cảnh sát hình sự", kind: "department", parentCode: "CAT", wards: [] },
  { code: "PC03", name: "Phòng Cảnh sát kinh tế", kind: "department", parentCode: "CAT", wards: [] },
  {
    code: "PC04",
    name: "Phòng Cảnh sát điều tra tội phạm về ma túy",
    kind: "department",
    parentCode: "CAT",
    wards: [],
  },
  {
    code: "PA05",
    name: "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
    kind: "department",
    parentCode: "CAT",
    wards: [],
  },
  {
    code: "PC06",
    name: "Phòng Cảnh sát quản lý hành chính về trật tự xã hội",
    kind: "department",
    parentCode: "CAT",
    wards: [],
  },
  {
    code: "PC07",
    name: "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ",
    kind: "department",
    parentCode: "CAT",
    wards: [],
  },
  { code: "PC08", name: "Phòng Cảnh sát giao thông", kind: "department", parentCode: "CAT", wards: [] },
  {
    code: "PA08",
    name: "Phòng Quản lý xuất nhập cảnh",
    kind: "department",
    parentCode: "CAT",
    wards: [],
  },

  // Commune and ward police — former Phú Thọ province
  {
    code: "CAP-VIETTRI",
    name: "Công an phường Việt Trì",
    kind: "station",
    parentCode: "CAT",
    wards: [
      {
        code: "P-VIETTRI",
        name: "phường Việt Trì",
        type: "phuong",
        aliases: [
          "thành phố Việt Trì",
          "TP. Việt Trì",
          "TP Việt Trì",
          "phường Tiên Cát",
          "P. Tiên Cát",
          "phường Gia Cẩm",
          "P. Gia Cẩm",
          "phường Thọ Sơn",
        ],
      },
    ],
  },
  {
    code: "CAP-NONGTRANG",
    name: "Công an phường Nông Trang",
    kind: "station",
    parentCode: "CAT",
    wards: [
      {
        code: "P-NONGTRANG",
        name: "phường Nông Trang",
        type: "phuong",
        aliases: ["P. Nông Trang", "phường Vân Cơ", "P. Vân Cơ", "phường Tân Dân"],
      },
    ],
  },
  {
    code: "CAX-LAMTHAO",
    name: "Công an xã Lâm Thao",
    kind: "station",
    parentCode: "CAT",
    wards: [
      {
        code: "X-LAMTHAO",
        name: "xã Lâm Thao",
        type: "xa",
        aliases: ["huyện Lâm Thao", "H. Lâm Thao", "thị trấn Lâm Thao", "TT. Lâm Thao"],
      },
    ],
  },
  {
    code: "CAX-DOANHUNG",
    name: "Công an xã Đoan Hùng",
    kind: "station",
    parentCode: "CAT",
    wards: [
      {
        code: "X-DOANHUNG",
        name: "xã Đoan Hùng",
        type: "xa",
        aliases: ["huyện Đoan Hùng", "H. Đoan Hùng", "thị trấn Đoan Hùng", "TT. Đoan Hùng"],
      },
    ],
  },
  {
    code: "CAX-THANHSON",
    name: "Công an xã Thanh Sơn",
    kind: "station",
    parentCode: "CAT",
    wards: [
      {
        code: "X-THANHSON",
        name: "xã Thanh Sơn",
        type: "xa",
        aliases: ["huyện Thanh Sơn", "H. Thanh Sơn", "thị trấn Thanh Sơn", "TT. Thanh Sơn"],
      },
    ],
  },

  // Former Vĩnh Phúc province
  {
    code: "CAP-VINHYEN",
    name: "Công an phường Vĩnh Yên",
    kind: "station",
    parentCode: "CAT",
    wards: [
      {
        code: "P-VINHYEN",
        name: "phường Vĩnh Yên",
        type: "phuong",
        aliases: [
          "thành phố Vĩnh Yên",
          "TP. Vĩnh Yên",
          "TP Vĩnh Yên",
          "phường Tích Sơn",
          "phường Liên Bảo",
          "P. Liên Bảo",
          "phường Ngô Quyền",
          "phường Đống Đa",
        ],
      },
    ],
  },
  {
    code: "CAP-VINHPHUC",
    name: "Công an phường Vĩnh Phúc",
    kind: "station",
    parentCode: "CAT",
    wards: [
      {
        code: "P-VINHPHUC",
        name: "phường Vĩnh Phúc",
        type: "phuong",
        aliases: ["phường Khai Quang", "P. Khai Quang", "phường Hội Hợp", "phường Đồng Tâm"],
      },
    ],
  },
  {
    code: "CAP-PHUCYEN",
    name: "Công an phường Phúc Yên",
    kind: "station",
    parentCode: "CAT",
    wards: [
      {
        code: "P-PHUCYEN",
        name: "phường Phúc Yên",
        type: "phuong",
        aliases: [
          "thành phố Phúc Yên",
          "TP. Phúc Yên",
          "thị xã Phúc Yên",
          "phường Trưng Trắc",
          "P. Trưng Trắc",
          "phường Trưng Nhị",
          "phường Hùng Vương",
        ],
      },
    ],
  },
  {
    code: "CAP-XUANHOA",
    name: "Công an phường Xuân Hòa",
    kind: "station",
    parentCode: "CAT",
    wards: [
      {
        code: "P-XUANHOA",
        name: "phường Xuân Hòa",
        type: "phuong",
        aliases: ["P. Xuân Hòa", "phường Đồng Xuân", "phường Phúc Thắng"],
      },
    ],
  },
  {
    code: "CAX-VINHTUONG",
    name: "Công an xã Vĩnh Tường",
    kind: "station",
    parentCode: "CAT",
    wards: [
      {
        code: "X-VINHTUONG",
        name: "xã Vĩnh Tường",
        type: "xa",
        aliases: ["huyện Vĩnh Tường", "H. Vĩnh Tường", "thị trấn Vĩnh Tường", "TT. Vĩnh Tường"],
      },
    ],
  },
  {
    code: "CAX-TAMDAO",
    name: "Công an xã Tam Đảo",
    kind: "station",
    parentCode: "CAT",
    wards: [
      {
        code: "X-TAMDAO",
        name: "xã Tam Đảo",
        type: "xa",
        aliases: ["huyện Tam Đảo", "H. Tam Đảo", "thị trấn Tam Đảo", "TT. Tam Đảo", "khu du lịch Tam Đảo"],
      },
    ],
  },

  // Former Hòa Bình province
  {
    code: "CAP-HOABINH",
    name: "Công an phường Hòa Bình",
    kind: "station",
    parentCode: "CAT",
    wards: [
      {
        code: "P-HOABINH",
        name: "phường Hòa Bình",
        type: "phuong",
        aliases: [
          "thành phố Hòa Bình",
          "TP. Hòa Bình",
          "TP Hòa Bình",
          "phường Phương Lâm",
          "P. Phương Lâm",
          "phường Đồng Tiến",
        ],
      },
    ],
  },
  {
    code: "CAP-KYSON",
    name: "Công an phường Kỳ Sơn",
    kind: "station",
    parentCode: "CAT",
    wards: [
      {
        code: "P-KYSON",
        name: "phường Kỳ Sơn",
        type: "phuong",
        aliases: ["huyện Kỳ Sơn", "H. Kỳ Sơn", "thị trấn Kỳ Sơn", "TT. Kỳ Sơn"],
      },
    ],
  },
  {
    code: "CAX-LACTHUY",
    name: "Công an xã Lạc Thủy",
    kind: "station",
    parentCode: "CAT",
    wards: [
      {
        code: "X-LACTHUY",
        name: "xã Lạc Thủy",
        type: "xa",
        aliases: ["huyện Lạc Thủy", "H. Lạc Thủy", "thị trấn Chi Nê", "TT. Chi Nê", "Chi Nê"],
      },
    ],
  },
  {
    code: "CAX-LUONGSON",
    name: "Công an xã Lương Sơn",
    kind: "station",
    parentCode: "CAT",
    wards: [
      {
        code: "X-LUONGSON",
        name: "xã Lương Sơn",
        type: "xa",
        aliases: ["huyện Lương Sơn", "H. Lương Sơn", "thị trấn Lương Sơn", "TT. Lương Sơn"],
      },
    ],
  },
  {
    code: "CAX-MAICHAU",
    name: "Công an xã Mai Châu",
    kind: "station",
    parentCode: "CAT",
    wards: [
      {
        code: "X-MAICHAU",
        name: "xã Mai Châu",
        type: "xa",
        aliases: ["huyện Mai Châu", "H. Mai Châu", "thị trấn Mai Châu", "TT. Mai Châu"],
      },
    ],
  },
];
