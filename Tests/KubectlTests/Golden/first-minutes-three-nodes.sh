# kubetutor: --nodes 3 --seed 7
kubectl get nodes -o wide
kubectl get pods -A -o wide
kubectl describe node node01
kubectl get ds -A
