import { notFound } from 'next/navigation';
import { Table, Td } from '@/components/ui/table';

// The render floor of `npm run bench:http`: a page in the portal's layout with a
// table of `rows` rows and no database access of its own, sized to weigh what a
// measured page weighs. It exists only when the server runs with BENCH_FLOOR=1.
export default async function BenchFloorPage({ searchParams }: { searchParams: Promise<{ rows?: string }> }) {
  if (process.env.BENCH_FLOOR !== '1') notFound();
  const rows = Math.min(5000, Math.max(0, Number((await searchParams).rows) || 0));
  return (
    <div>
      <h1 className="text-xl font-semibold">渲染基线</h1>
      <Table caption="渲染基线" head={['事项', '申请人', '渠道', '状态', '提交时间', '受理期限']}>
        {Array.from({ length: rows }, (_, i) => (
          <tr key={i}>
            <Td>
              <a href={`/desk/applications/bench-${i}`} className="font-medium text-brand-700 hover:underline">
                个体工商户设立登记 {i}
              </a>
              <span className="block text-xs text-slate-500">市场监督管理局</span>
            </Td>
            <Td>张三</Td>
            <Td>网上申请</Td>
            <Td>已提交</Td>
            <Td className="whitespace-nowrap">2026/12/01 09:30</Td>
            <Td className="whitespace-nowrap">2026/12/08 17:00</Td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
