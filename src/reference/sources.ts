/**
 * Source tags used in every `sumber` field of the reference, each with its title and address, so
 * every tag resolves. S43-S53 are where the Lembaran/Berita Negara numbers of the Mengingat
 * citations (rb2020.ts DASAR_HUKUM) were found. Titles are rendered in
 * Indonesian because the wizard and the document may show them to users; addresses are kept
 * verbatim.
 */
export interface SourceRef {
  judul: string;
  alamat: string;
}

export const SOURCES: Readonly<Record<string, SourceRef>> = {
  S1: {
    judul: 'PermenPANRB 25/2020 tentang Road Map Reformasi Birokrasi 2020-2024',
    alamat:
      'https://id.scribd.com/document/479169214/Peraturan-Menteri-PANRB-No-25-Tahun-2020-Road-Map-RB-2020-2024-pdf',
  },
  S2: {
    judul: 'PermenPANRB 3/2023 (perubahan atas PermenPANRB 25/2020)',
    alamat: 'https://id.scribd.com/document/701332525/2023-Permenpan-RB-nomor-3-Tahun-2023',
  },
  S3: {
    judul: 'Setda Kampar: RB General dan RB Tematik',
    alamat: 'https://setda-ortal.kamparkab.go.id/?p=392065',
  },
  S4: {
    judul: 'Klon aplikasi Portal RB: kegiatan utama, indikator, tema, fokus intervensi, skema rencana aksi',
    alamat: 'github:HanaDewi/portalrb-indv database/seeders/*.php, database/migrations/2023_*',
  },
  S5: {
    judul: 'LKE rencana aksi RB General 2024 (kriteria dan penilaian)',
    alamat:
      'github:HanaDewi/portalrb-indv database/migrations/2024_11_03_175302_create_table_lke_renaksi.php',
  },
  S6: {
    judul: 'Pohon indikator LKE 2023/2024 (tampilan hasil evaluasi)',
    alamat: 'Berkas GitHub, rujukan indeks 66705524993',
  },
  S6b: {
    judul: 'Pemetaan ekspor hasil 2023: indeks penting dan butir tematik',
    alamat: 'github:HanaDewi/portalrb-indv app/Http/Controllers/HasilController.php',
  },
  S7: {
    judul: 'KepmenPANRB 739/2023 tentang Petunjuk Teknis Evaluasi RB 2023 (LKE K/L)',
    alamat:
      'https://id.scribd.com/document/683958562/Keputusan-Menteri-PANRB-Nomor-730-Tahun-2023-tentang-Petunjuk-Teknis-Juknis-Evaluasi-Reformasi-Birokrasi-Tahun-2023',
  },
  S8: {
    judul: 'Inspektorat Kota Madiun: PermenPANRB 26/2020 dan PMPRB',
    alamat: 'https://inspektorat.madiunkota.go.id/2020/05/04/permen-panrb-no-26-tahun-2020/',
  },
  S9: {
    judul: 'Pemerintah Aceh: kategori Indeks Reformasi Birokrasi',
    alamat: 'https://pintu.acehprov.go.id/infographics/indeks-reformasi-birokrasi-irb-aceh-2022',
  },
  S10: {
    judul: 'Perpres 81/2010 tentang Grand Design Reformasi Birokrasi 2010-2025',
    alamat: 'https://id.scribd.com/doc/134493776/Perpres-No-81-Th-2010',
  },
  S11: {
    judul: 'Kompasiana: area perubahan Grand Design RB',
    alamat:
      'https://kompasiana.com/fahrul28043/612d80e006310e51d61f8b12/reformasi-birokrasi-bagian-1?page=2&page_images=2',
  },
  S12: {
    judul: 'PermenPANRB 11/2015 tentang Road Map RB 2015-2019 (kata pengantar)',
    alamat: 'https://studylibid.com/doc/1000593/2.-peraturan-menteri-pendayagunaan-aparatur-negara-dan',
  },
  S13: {
    judul: 'Joglosemar News (mengutip menpan.go.id): empat tahapan GDRBN',
    alamat:
      'https://joglosemarnews.com/2025/02/usai-retret-kepala-daerah-diminta-pedomani-gdrbn-opo-maneh-kui/amp',
  },
  S14: {
    judul: 'Merdeka.com: GDRBN dirumuskan, tahap I 2025-2029',
    alamat:
      'https://planet.merdeka.com/hot-news/menteri-panrb-ajak-kepala-daerah-transformasi-birokrasi-untuk-kesejahteraan-rakyat-324707-mvk.html',
  },
  S15: {
    judul: 'Kesepakatan pengampu sasaran dan agenda RB nasional 2025-2029 (18/11/2025)',
    alamat:
      'https://infofinance.biz.id/prabowo-sentil-birokrasi-ri-lamban-menpan-rb-ungkap-akar-masalahnya/?amp=1',
  },
  S16: {
    judul: 'SAKP dan shared outcomes',
    alamat: 'https://www.suaraborneo.id/2025/07/reformasi-birokrasi-dipercepat-fokus.html',
  },
  S17: {
    judul: 'Rencana 2026: Roadmap RB Tahap I dan SAKP',
    alamat:
      'https://detektifinvestigasigwi.com/nasional/soroti-kinerja-2025-dan-rencana-2026-menteri-panrb-paparkan-strategi-reformasi-retorika-atau-transformasi-nyata',
  },
  S18: {
    judul: 'Tagline "RB Berdampak" dan "Transformasi Melayani Negeri" (Juli 2025)',
    alamat:
      'https://pradanamedia.com/66-tahun-reformasi-birokrasi-transformasi-melayani-negeri-birokrasi-hadir-untuk-rakyat',
  },
  S19: {
    judul:
      'Templat yang mengutip PermenPANRB 9/2023, KepmenPANRB 182/2024 dan SE MenPANRB 6/2025',
    alamat: 'Kode publik GitHub, rujukan indeks 55218982577, 56145539323, 55196089690',
  },
  S20: {
    judul: 'Tabel sasaran dan indikator RB 2020-2024 (komponen React)',
    alamat: 'Kode publik GitHub, rujukan indeks 56919114280, 56736924398',
  },
  S21: {
    judul: 'Target dan capaian IPAK (BPS)',
    alamat:
      'https://viva.co.id/berita/nasional/1279467-indeks-anti-korupsi-indonesia-pada-2020-gagal-capai-target-rpjmn ; https://viva.co.id/berita/nasional/1380096-bps-indeks-anti-korupsi-ri-2021-masih-jauh-dari-target-rpjmn?page=all ; https://databoks.katadata.co.id/demografi/statistik/b73ee0a0f67421a/indeks-perilaku-anti-korupsi-indonesia-turun-pada-2023 ; https://www.medcom.id/nasional/hukum/4KZMaOwk-data-bps-ungkap-masyarakat-makin-cuek-dengan-korupsi',
  },
  S22: {
    judul: 'Aplikasi Zona Integritas (bobot, ambang WBK, 6 area)',
    alamat: 'Kode publik GitHub, rujukan indeks 8494414109, 6913213450, 55681765224, 2333594603, 71221467877',
  },
  S23: {
    judul: 'Implementasi tingkat maturitas SPIP (Peraturan BPKP 5/2021)',
    alamat: 'Kode publik GitHub, rujukan indeks 55332486701, 67499824919',
  },
  S24: {
    judul: 'Implementasi rentang kategori Indeks Pelayanan Publik',
    alamat: 'Kode publik GitHub, rujukan indeks 55533570932, 55459534407',
  },
  S25: {
    judul: 'Komponen evaluasi SAKIP (PermenPANRB 88/2021)',
    alamat: 'Kode publik GitHub, rujukan indeks 66110615896, 71015833431',
  },
  S26: {
    judul: 'UU 12/2011 Lampiran II: Bookman Old Style 12, kertas F4, tata letak lampiran',
    alamat:
      'https://news.detik.com/berita/d-5211522/uu-ciptaker-jadi-812-halaman-ini-aturan-font-ukuran-kertas-dokumen-uu ; https://online.flipbuilder.com/Buku/cmtv/files/basic-html/page286.html',
  },
  S27: {
    judul: 'Contoh aturan naskah dinas daerah',
    alamat: 'https://id.scribd.com/document/383693913/Penggunaan-Kertas-Surat',
  },
  S28: {
    judul: 'Pengaturan generator peraturan berbasis PHPWord',
    alamat: 'Kode publik GitHub, rujukan indeks 38742264712',
  },
  S29: {
    judul: 'Contoh Perbup/Pergub Road Map RB daerah',
    alamat:
      'https://id.scribd.com/document/596238076/Perbup-No-68-Th-2021 ; https://id.scribd.com/document/601684291/PERBUP-Boyolali-89-Tahun-2021 ; https://vdokumen.com/provinsi-jawa-timur-peraturan-bupati-pasuruan-.html',
  },
  S30: {
    judul: 'Road Map RB Kabupaten Klaten 2022-2024 (matriks hlm. IV-44/45, 4.5 Quick Wins)',
    alamat: 'https://anyflip.com/rjoaf/lhmm/basic/101-116',
  },
  S31: {
    judul: 'Road Map RB Kota Pagar Alam (kutipan)',
    alamat: 'https://text-id.123dok.com/document/dy44kgxvy-latar-belakang-road-map-reformasi-birokrasi.html',
  },
  S32: {
    judul: 'PermenPANRB 37/2013 tentang Pedoman Penyusunan Road Map RB Pemerintah Daerah',
    alamat:
      'https://dokumen.tips/documents/menteri-pendayagunaan-aparatur-negara-langkah-3-penyusunan-rencana-aksi-22.html',
  },
  S33: {
    judul: 'Sosialisasi RB Pamekasan 2019 (Bagian Organisasi, Universitas Brawijaya)',
    alamat:
      'https://global-news.co.id/2019/12/bupati-badrut-tamam-janji-kawal-intensif-reformasi-birokrasi-di-pamekasan/',
  },
  S34: {
    judul: 'Tabel rencana aksi RB daerah (OPD koordinator/crosscutting)',
    alamat: 'Kode publik GitHub, rujukan indeks 66795614082',
  },
  S35: {
    judul: 'Contoh pemetaan indikator ke OPD (aplikasi provinsi)',
    alamat: 'Kode publik GitHub, rujukan indeks 56870655145',
  },
  S36: {
    judul: 'Indikator tata kelola RPJPD/RPJPN 2025-2045',
    alamat: 'Kode publik GitHub, rujukan indeks 60243954358, 59244304997',
  },
  S37: {
    judul: 'Indeks Pemerintah Digital (Pemdi) menggantikan Indeks SPBE',
    alamat: 'github:admin-jaringan-2023-01/RackTables intro-pemdi.md',
  },
  S38: {
    judul: 'Kulon Progo: Indeks RB "BB" 78,05; road map 2023-2026',
    alamat: 'https://garuda.kemdiktisaintek.go.id/documents/detail/4937142',
  },
  S39: {
    judul: 'ATR/BPN: Indeks RB skala 0-100; RB General dan Tematik',
    alamat:
      'https://portal-indonesia.net/sekjen-atr-bpn-reformasi-birokrasi-bukan-sekadar-indeks-tapi-kesejahteraan-nyata',
  },
  S40: {
    judul: 'IKK dan IRH untuk area deregulasi; IKK dinilai LAN',
    alamat: 'Kode publik GitHub, rujukan indeks 33459752473, 71372789956',
  },
  S41: {
    judul: 'PermenPANRB 13/2011 tentang Quick Wins (tercantum)',
    alamat:
      'https://docplayer.info/amp/32025198-pedoman-penyusunan-road-map-reformasi-birokrasi-kementerian-lembaga-dan-pemerintah-daerah.html',
  },
  S42: {
    judul: 'Perwali Bogor: blok pengundangan dengan Sekda, pangkat, NIP',
    alamat: 'https://adoc.pub/berita-daerah-kota-bogor-nomor-34-tahun-2016-seri-e-nomor-25.html',
  },
  S43: {
    judul: 'Tambahan Lembaran Negara Nomor 6041: Penjelasan PP 12/2017 (atas LN 2017 Nomor 73)',
    alamat: 'https://123dok.com/document/z3ek5o9q-tambahan-lembaran-negara-r-i.html',
  },
  S44: {
    judul: 'Permendagri 117/2017 (Mengingat: PP 12/2017, Tahun 2017 Nomor 73)',
    alamat: 'http://docplayer.info/70455627-menteri-dalam-negeri-republik-indonesia.html',
  },
  S45: {
    judul: 'PermenPANRB 9/2023 tentang Evaluasi Reformasi Birokrasi (Menimbang dan Mengingat)',
    alamat: 'https://www.scribd.com/document/670095537/2023permenpanrb009',
  },
  S46: {
    judul: 'PMA 65/2013 (Mengingat: UU 25/2009, LN 2009 Nomor 112, TLN 5038)',
    alamat:
      'http://docplayer.info/35626480-menetapkan-5-peraturan-presiden-nomor-24-tahun-2010-tentang-kedudukan-tugas-dan-fungsi-kementerian-negara-serta-susunan-organisasi-tugas-dan-fung.html',
  },
  S47: {
    judul: 'Perbup Sukoharjo 62/2019 (Mengingat: UU 28/1999, UU 25/2009)',
    alamat: 'https://123dok.com/document/y91okrwq-dengan-rahmat-tuhan-yang-maha-esa-bupati-sukoharjo.html',
  },
  S48: {
    judul: 'Peraturan BKN 1/2023 (Mengingat: UU 5/2014, LN 2014 Nomor 6, TLN 5494)',
    alamat: 'https://id.scribd.com/document/680845260/Peraturan-BKN-Nomor-1-Tahun-2023',
  },
  S49: {
    judul: 'Permenkominfo 1/2023 (Mengingat: Perpres 95/2018, LN 2018 Nomor 182)',
    alamat:
      'https://jdih.kominfo.go.id/produk_hukum/view/id/857/t/peraturan+menteri+komunikasi+dan+informatika+nomor+1+tahun+2023',
  },
  S50: {
    judul: 'Basis data peraturan BPK: Perda yang mengutip UU 23/2014 "terakhir dengan UU No.6 Tahun 2023"',
    alamat: 'https://peraturan.bpk.go.id/Search?entitas=60&p=1&tahun=2022',
  },
  S51: {
    judul:
      'Templat dan draf naskah daerah/instansi dengan Mengingat lengkap (UU 6/2023, UU 20/2023, UU 25/2009, UU 5/2014, PP 60/2008, Perpres 54/2018, Perpres 95/2018)',
    alamat:
      'Kode publik GitHub, rujukan indeks 51827893452 (templat Kabupaten Karanganyar), 57357427620 (draf Perbup Aceh Barat), 43406590491, 57659992750, 45784954070, 63196246949, 52501111704, 16888680279',
  },
  S52: {
    judul: 'Wikipedia: UU 6/2023, sitasi LN 2023 Nomor 41, TLN 6856',
    alamat: 'https://en.wikipedia.org/wiki/2023_Omnibus_Law_on_Job_Creation',
  },
  S53: {
    judul: 'Daftar dasar hukum Survei Budaya Organisasi BPS (BN PermenPANRB 25/2020 dan 3/2023)',
    alamat:
      'github:faisalm-ag/Website-BPS resources/views/konsep/dasar.blade.php ; Kode publik GitHub, rujukan indeks 7219637248, 29312207677',
  },
};
