import { archiveRoute } from '@/app/_archive/archive-route';

const route = archiveRoute('author');

export const dynamicParams = false;
export const generateStaticParams = route.laterPageParams;
export const generateMetadata = route.metadata;
export default route.LaterPage;
