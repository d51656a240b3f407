/**
 * One plausible business address per supported country, for the demo seed: a city, the
 * subdivision where COUNTRIES requires one (ISO 3166-2 code where SUBDIVISIONS validates
 * it), a postal code in the national format, a street name and the country calling code
 * for E.164 numbers. `legal` is the usual company-form suffix there.
 */
export interface Place {
  city: string;
  state?: string;
  postalCode?: string;
  street: string;
  dialCode: string;
  legal: string;
}

type Row = [
  code: string,
  dialCode: string,
  city: string,
  state: string,
  postalCode: string,
  street: string,
  legal: string,
];

const ROWS: readonly Row[] = [
  ['US', '1', 'Austin', 'TX', '78701', 'Congress Avenue', 'LLC'],
  ['CA', '1', 'Toronto', 'ON', 'M5H 2N2', 'King Street West', 'Inc.'],
  ['MX', '52', 'Guadalajara', 'JAL', '44100', 'Avenida Juárez', 'S.A. de C.V.'],
  ['BR', '55', 'São Paulo', 'SP', '01310-100', 'Avenida Paulista', 'Ltda.'],
  ['AR', '54', 'Buenos Aires', '', 'C1043', 'Avenida Corrientes', 'S.R.L.'],
  ['CL', '56', 'Santiago', '', '8320000', 'Avenida Providencia', 'SpA'],
  ['CO', '57', 'Medellín', '', '050021', 'Carrera 43A', 'S.A.S.'],
  ['PE', '51', 'Lima', '', '15074', 'Avenida Javier Prado', 'S.A.C.'],
  ['EC', '593', 'Quito', '', '170135', 'Avenida Amazonas', 'Cía. Ltda.'],
  ['UY', '598', 'Montevideo', '', '11100', 'Avenida 18 de Julio', 'S.A.'],
  ['CR', '506', 'San José', '', '10101', 'Paseo Colón', 'S.A.'],
  ['GT', '502', 'Guatemala City', '', '01010', 'Avenida La Reforma', 'S.A.'],
  ['PA', '507', 'Panama City', '', '', 'Calle 50', 'S.A.'],
  ['DO', '1', 'Santo Domingo', '', '10101', 'Avenida Winston Churchill', 'S.R.L.'],
  ['PR', '1', 'San Juan', '', '00901', 'Calle Fortaleza', 'LLC'],
  ['JM', '1', 'Kingston', '', '', 'Knutsford Boulevard', 'Ltd'],
  ['AU', '61', 'Melbourne', 'VIC', '3000', 'Collins Street', 'Pty Ltd'],
  ['NZ', '64', 'Wellington', '', '6011', 'Lambton Quay', 'Ltd'],
  ['JP', '81', 'Osaka', '', '530-0001', 'Umeda 2-chome', 'K.K.'],
  ['SG', '65', 'Singapore', '', '018989', 'Marina Boulevard', 'Pte. Ltd.'],
  ['IN', '91', 'Bengaluru', 'KA', '560001', 'MG Road', 'Pvt. Ltd.'],
  ['HK', '852', 'Hong Kong', '', '', 'Queen’s Road Central', 'Ltd'],
  ['KR', '82', 'Seoul', '', '04524', 'Sejong-daero', 'Co., Ltd.'],
  ['TW', '886', 'Taipei', '', '110', 'Xinyi Road', 'Co., Ltd.'],
  ['MY', '60', 'Kuala Lumpur', '', '50088', 'Jalan Sultan Ismail', 'Sdn. Bhd.'],
  ['PH', '63', 'Makati', '', '1226', 'Ayala Avenue', 'Inc.'],
  ['TH', '66', 'Bangkok', '', '10330', 'Rama I Road', 'Co., Ltd.'],
  ['ID', '62', 'Jakarta', '', '10220', 'Jalan Jenderal Sudirman', 'PT'],
  ['VN', '84', 'Ho Chi Minh City', '', '700000', 'Nguyen Hue Boulevard', 'Co., Ltd.'],
  ['AT', '43', 'Vienna', '', '1010', 'Kärntner Straße', 'GmbH'],
  ['BE', '32', 'Antwerp', '', '2000', 'Meir', 'BV'],
  ['BG', '359', 'Sofia', '', '1000', 'Vitosha Boulevard', 'EOOD'],
  ['HR', '385', 'Zagreb', '', '10000', 'Ilica', 'd.o.o.'],
  ['CY', '357', 'Limassol', '', '3036', 'Anexartisias Street', 'Ltd'],
  ['CZ', '420', 'Brno', '', '602 00', 'Masarykova', 's.r.o.'],
  ['DK', '45', 'Aarhus', '', '8000', 'Søndergade', 'ApS'],
  ['EE', '372', 'Tallinn', '', '10111', 'Narva maantee', 'OÜ'],
  ['FI', '358', 'Tampere', '', '33100', 'Hämeenkatu', 'Oy'],
  ['FR', '33', 'Lyon', '', '69002', 'Rue de la République', 'SAS'],
  ['DE', '49', 'Hamburg', '', '20095', 'Mönckebergstraße', 'GmbH'],
  ['GR', '30', 'Thessaloniki', '', '546 24', 'Tsimiski Street', 'S.A.'],
  ['HU', '36', 'Budapest', '', '1051', 'Váci utca', 'Kft.'],
  ['IE', '353', 'Cork', '', '', 'Patrick Street', 'Ltd'],
  ['IT', '39', 'Milan', '', '20121', 'Via Dante', 'S.r.l.'],
  ['LV', '371', 'Riga', '', 'LV-1050', 'Brīvības iela', 'SIA'],
  ['LT', '370', 'Vilnius', '', 'LT-01103', 'Gedimino prospektas', 'UAB'],
  ['LU', '352', 'Luxembourg', '', 'L-1724', 'Boulevard Royal', 'S.à r.l.'],
  ['MT', '356', 'Sliema', '', 'SLM 1549', 'Tower Road', 'Ltd'],
  ['NL', '31', 'Utrecht', '', '3511 AB', 'Oudegracht', 'B.V.'],
  ['PL', '48', 'Kraków', '', '31-042', 'Rynek Główny', 'Sp. z o.o.'],
  ['PT', '351', 'Porto', '', '4000-322', 'Avenida dos Aliados', 'Lda.'],
  ['RO', '40', 'Cluj-Napoca', '', '400001', 'Strada Memorandumului', 'S.R.L.'],
  ['SK', '421', 'Bratislava', '', '811 01', 'Obchodná', 's.r.o.'],
  ['SI', '386', 'Ljubljana', '', '1000', 'Slovenska cesta', 'd.o.o.'],
  ['ES', '34', 'Valencia', '', '46002', 'Calle de Colón', 'S.L.'],
  ['SE', '46', 'Gothenburg', '', '411 19', 'Kungsportsavenyen', 'AB'],
  ['NO', '47', 'Bergen', '', '5014', 'Strandgaten', 'AS'],
  ['IS', '354', 'Reykjavík', '', '101', 'Laugavegur', 'ehf.'],
  ['LI', '423', 'Vaduz', '', '9490', 'Städtle', 'AG'],
  ['CH', '41', 'Zurich', '', '8001', 'Bahnhofstrasse', 'AG'],
  ['GB', '44', 'Manchester', '', 'M1 1AD', 'Deansgate', 'Ltd'],
  ['RS', '381', 'Belgrade', '', '11000', 'Knez Mihailova', 'd.o.o.'],
  ['TR', '90', 'Istanbul', '', '34367', 'Büyükdere Caddesi', 'A.Ş.'],
  ['IL', '972', 'Tel Aviv', '', '6578901', 'Rothschild Boulevard', 'Ltd'],
  ['JO', '962', 'Amman', '', '11181', 'Zahran Street', 'LLC'],
  ['SA', '966', 'Riyadh', '', '12214', 'King Fahd Road', 'LLC'],
  ['AE', '971', 'Dubai', '', '', 'Sheikh Zayed Road', 'FZ-LLC'],
  ['QA', '974', 'Doha', '', '', 'Al Corniche Street', 'W.L.L.'],
  ['KW', '965', 'Kuwait City', '', '13001', 'Fahad Al-Salem Street', 'W.L.L.'],
  ['BH', '973', 'Manama', '', '317', 'Government Avenue', 'W.L.L.'],
  ['OM', '968', 'Muscat', '', '112', 'Sultan Qaboos Street', 'LLC'],
  ['EG', '20', 'Cairo', '', '11511', 'Tahrir Street', 'S.A.E.'],
  ['MA', '212', 'Casablanca', '', '20250', 'Boulevard d’Anfa', 'SARL'],
  ['NG', '234', 'Lagos', '', '101241', 'Adeola Odeku Street', 'Ltd'],
  ['KE', '254', 'Nairobi', '', '00100', 'Kenyatta Avenue', 'Ltd'],
  ['ZA', '27', 'Cape Town', '', '8001', 'Long Street', '(Pty) Ltd'],
];

export const PLACES: ReadonlyMap<string, Place> = new Map(
  ROWS.map(([code, dialCode, city, state, postalCode, street, legal]) => [
    code,
    { city, street, dialCode, legal, ...(state ? { state } : {}), ...(postalCode ? { postalCode } : {}) },
  ]),
);
