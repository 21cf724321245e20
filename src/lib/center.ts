/** The service center whose name heads its notices, decisions and pickup directions. */
export const CENTER = '示范县政务服务中心';
