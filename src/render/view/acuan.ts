/** The national regulation a regional road map follows, as cited in its Menimbang and BAB I. */
import type { ProfileId } from '../../model/types.js';

const PERMEN_25_2020 =
  'Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 25 Tahun 2020 tentang Road Map Reformasi Birokrasi 2020-2024';

export function acuanNasional(profil: ProfileId): string {
  switch (profil) {
    case 'rb2020':
      return PERMEN_25_2020;
    case 'rb2023':
      return `${PERMEN_25_2020} sebagaimana telah diubah dengan Peraturan Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Nomor 3 Tahun 2023`;
    case 'rb2025':
      // No road-map regulation for 2025-2029 was found enacted (domain.md §a): cite the policy, not a number.
      return 'Kebijakan reformasi birokrasi nasional periode 2025-2029 dalam kerangka Grand Desain Reformasi Birokrasi Nasional 2025-2045';
  }
}
