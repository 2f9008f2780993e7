/**
 * Prose for chapters the project leaves empty, so a first draft from the workshop is already a
 * whole document. Written in the register of regency road maps; the team replaces it in
 * `narasi` as the draft matures. Markdown-like text, rendered by the `teks` helper.
 */
import { periodeTeks, type Project } from '../../model/types.js';
import type { GovernmentNames } from './names.js';

export function defaultProse(project: Project, names: GovernmentNames, acuanNasional: string): Required<Project['narasi']> {
  const periode = periodeTeks(project.periode);
  const pd = names.pemerintahDaerah;
  return {
    kataPengantar: [
      `Puji syukur kami panjatkan ke hadirat Tuhan Yang Maha Esa, karena atas rahmat-Nya Road Map Reformasi Birokrasi ${pd} Tahun ${periode} dapat diselesaikan.`,
      `Road Map ini menjadi pedoman bagi seluruh perangkat daerah dalam melaksanakan reformasi birokrasi secara terencana, terukur, dan berkelanjutan, selaras dengan road map reformasi birokrasi nasional.`,
      `Kami menyampaikan terima kasih kepada semua pihak yang telah berkontribusi dalam penyusunannya. Semoga Road Map ini memberi manfaat bagi terwujudnya birokrasi yang bersih, akuntabel, kapabel, dan melayani.`,
    ].join('\n\n'),
    latarBelakang: [
      `Reformasi birokrasi merupakan upaya sistematis, terpadu, dan komprehensif untuk mewujudkan tata kelola pemerintahan yang baik. Peraturan Presiden Nomor 81 Tahun 2010 tentang Grand Design Reformasi Birokrasi 2010-2025 menetapkan bahwa pelaksanaan reformasi birokrasi dijabarkan dalam road map lima tahunan.`,
      `${acuanNasional} menjadi acuan bagi instansi pemerintah, termasuk pemerintah daerah, dalam menyusun road map reformasi birokrasi di lingkungan masing-masing.`,
      `Sehubungan dengan hal tersebut, ${pd} menyusun Road Map Reformasi Birokrasi Tahun ${periode} sebagai rencana rinci pelaksanaan reformasi birokrasi di daerah.`,
    ].join('\n\n'),
    maksudTujuan: [
      `Road Map Reformasi Birokrasi ini dimaksudkan sebagai pedoman bagi seluruh perangkat daerah di lingkungan ${pd} dalam melaksanakan reformasi birokrasi selama periode ${periode}.`,
      `Tujuannya adalah:`,
      `1. memberikan arah kebijakan pelaksanaan reformasi birokrasi yang selaras dengan road map nasional;`,
      `2. menetapkan sasaran, indikator, dan target reformasi birokrasi setiap tahun;`,
      `3. menetapkan rencana aksi beserta perangkat daerah koordinator dan pelaksananya; dan`,
      `4. menjadi dasar pemantauan dan evaluasi pelaksanaan reformasi birokrasi.`,
    ].join('\n'),
    ruangLingkup: `Ruang lingkup Road Map ini meliputi kondisi umum reformasi birokrasi ${pd}, arah kebijakan, strategi, dan program pada setiap area perubahan, rencana aksi, serta pemantauan dan evaluasinya untuk periode ${periode}.`,
    gambaranUmum: `Perangkat daerah di lingkungan ${pd} yang melaksanakan Road Map ini tercantum sebagai koordinator dan pelaksana dalam matriks rencana aksi pada BAB V.`,
    capaianSebelumnya: `Capaian pelaksanaan reformasi birokrasi periode sebelumnya menjadi titik tolak (baseline) penetapan target dalam Road Map ini, sebagaimana tercantum pada indikator sasaran reformasi birokrasi.`,
    isuStrategis: `Isu strategis reformasi birokrasi ${pd} dirumuskan dari permasalahan setiap area perubahan sebagaimana diuraikan pada subbab 2.3.`,
    arahKebijakan: `Arah kebijakan reformasi birokrasi ${pd} Tahun ${periode} diselaraskan dengan visi dan misi daerah serta sasaran reformasi birokrasi nasional.`,
    monitoringEvaluasi: [
      `Pelaksanaan Road Map dipantau setiap triwulan oleh Tim Reformasi Birokrasi yang dikoordinasikan oleh Sekretaris Daerah melalui ${names.unitOrganisasi} Sekretariat Daerah. Setiap perangkat daerah koordinator menyampaikan capaian rencana aksi beserta data dukungnya.`,
      `Evaluasi internal dilaksanakan oleh Inspektorat setiap tahun, dan hasilnya menjadi bahan perbaikan rencana aksi tahun berikutnya serta bahan evaluasi reformasi birokrasi oleh Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi.`,
    ].join('\n\n'),
    penutup: `Road Map Reformasi Birokrasi ${pd} Tahun ${periode} merupakan komitmen bersama seluruh perangkat daerah. Keberhasilannya bergantung pada konsistensi pelaksanaan, pemantauan, dan evaluasi yang berkelanjutan, serta dukungan seluruh pemangku kepentingan.`,
  };
}
